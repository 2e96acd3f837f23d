package org.agora.web.scim;

import java.net.URI;

import jakarta.ws.rs.core.UriInfo;

/** Where the SCIM service answers, which every resource's meta.location starts with. */
final class ScimLocations {

    private ScimLocations() {
    }

    /** The service's base URI with a final slash, so that "Users/42" resolves beneath it. */
    static URI base(UriInfo uriInfo) {
        URI base = uriInfo.getBaseUri();
        return base.getPath().endsWith("/") ? base : URI.create(base + "/");
    }
}

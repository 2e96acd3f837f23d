package org.agora.web.scim;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.agora.people.scim.ScimDiscovery;
import org.agora.people.scim.ScimSchemas;

/** {@code GET /scim/v2/ServiceProviderConfig}: what the service supports (RFC 7644 §4). */
@Path("ServiceProviderConfig")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ServiceProviderConfigResource {

    @GET
    public JsonObject get(@Context UriInfo uriInfo) {
        return ScimDiscovery.serviceProviderConfig(ScimLocations.base(uriInfo));
    }
}

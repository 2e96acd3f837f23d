package org.agora.web.scim;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.agora.people.scim.ScimDiscovery;
import org.agora.people.scim.ScimException;
import org.agora.people.scim.ScimSchemas;

/** {@code GET /scim/v2/ResourceTypes} and {@code /ResourceTypes/User|Group} (RFC 7644 §4). */
@Path("ResourceTypes")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ResourceTypesResource {

    @GET
    public JsonObject all(@Context UriInfo uriInfo) {
        return ScimDiscovery.resourceTypes(ScimLocations.base(uriInfo));
    }

    @GET
    @Path("{id}")
    public JsonObject one(@Context UriInfo uriInfo, @PathParam("id") String id) {
        JsonObject type = ScimDiscovery.resourceType(id, ScimLocations.base(uriInfo));
        if (type == null) {
            throw ScimException.notFound("There is no resource type " + id + "; Agora has User and Group.");
        }
        return type;
    }
}

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

/** {@code GET /scim/v2/Schemas} and {@code /Schemas/{urn}}: the attributes Agora keeps (RFC 7644 §4). */
@Path("Schemas")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class SchemasResource {

    @GET
    public JsonObject all(@Context UriInfo uriInfo) {
        return ScimDiscovery.schemas(ScimLocations.base(uriInfo));
    }

    @GET
    @Path("{id}")
    public JsonObject one(@Context UriInfo uriInfo, @PathParam("id") String id) {
        JsonObject schema = ScimDiscovery.schema(id, ScimLocations.base(uriInfo));
        if (schema == null) {
            throw ScimException.notFound("Agora keeps no schema " + id + ".");
        }
        return schema;
    }
}

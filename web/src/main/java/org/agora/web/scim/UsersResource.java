package org.agora.web.scim;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.agora.people.scim.ScimException;
import org.agora.people.scim.ScimSchemas;
import org.agora.people.scim.ScimUsers;

/**
 * Employees as SCIM Users (RFC 7644 §3): {@code GET /scim/v2/Users?filter=userName eq "bjensen"&startIndex=1&count=100},
 * {@code POST}, and {@code GET|PUT|PATCH|DELETE /scim/v2/Users/{id}}; DELETE deactivates.
 */
@Path("Users")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Consumes({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class UsersResource {

    @Inject
    ScimUsers users;

    @GET
    public JsonObject list(@Context UriInfo uriInfo, @QueryParam("filter") String filter,
                           @QueryParam("startIndex") String startIndex, @QueryParam("count") String count) {
        return users.list(filter, startIndex, count, ScimLocations.base(uriInfo));
    }

    @POST
    public Response create(@Context UriInfo uriInfo, JsonObject user) {
        JsonObject created = users.create(required(user), ScimLocations.base(uriInfo));
        return Response.created(URI.create(created.getJsonObject("meta").getString("location"))).entity(created).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@Context UriInfo uriInfo, @PathParam("id") String id) {
        return users.get(id, ScimLocations.base(uriInfo));
    }

    @PUT
    @Path("{id}")
    public JsonObject replace(@Context UriInfo uriInfo, @PathParam("id") String id, JsonObject user) {
        return users.replace(id, required(user), ScimLocations.base(uriInfo));
    }

    @PATCH
    @Path("{id}")
    public JsonObject patch(@Context UriInfo uriInfo, @PathParam("id") String id, JsonObject request) {
        return users.patch(id, required(request), ScimLocations.base(uriInfo));
    }

    @DELETE
    @Path("{id}")
    public Response deactivate(@PathParam("id") String id) {
        users.deactivate(id);
        return Response.noContent().build();
    }

    static JsonObject required(JsonObject body) {
        if (body == null) {
            throw ScimException.invalidSyntax("Send the request as a JSON object.");
        }
        return body;
    }
}

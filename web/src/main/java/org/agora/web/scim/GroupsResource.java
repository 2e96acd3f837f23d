package org.agora.web.scim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.agora.people.scim.ScimGroups;
import org.agora.people.scim.ScimSchemas;

/**
 * Departments and roles as SCIM Groups: {@code GET /scim/v2/Groups?filter=displayName eq "Agora HR"
 * &excludedAttributes=members}, {@code GET /scim/v2/Groups/{id}}, and for role groups {@code PATCH} and {@code PUT},
 * which change who holds the role. Groups are Agora's own, so there is no POST or DELETE.
 */
@Path("Groups")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Consumes({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class GroupsResource {

    private static final String MEMBERS = "members";

    @Inject
    ScimGroups groups;

    @GET
    public JsonObject list(@Context UriInfo uriInfo, @QueryParam("filter") String filter,
                           @QueryParam("startIndex") String startIndex, @QueryParam("count") String count,
                           @QueryParam("attributes") String attributes,
                           @QueryParam("excludedAttributes") String excludedAttributes) {
        return groups.list(filter, startIndex, count, withMembers(attributes, excludedAttributes),
                ScimLocations.base(uriInfo));
    }

    @GET
    @Path("{id}")
    public JsonObject get(@Context UriInfo uriInfo, @PathParam("id") String id,
                          @QueryParam("attributes") String attributes,
                          @QueryParam("excludedAttributes") String excludedAttributes) {
        return groups.get(id, withMembers(attributes, excludedAttributes), ScimLocations.base(uriInfo));
    }

    @PATCH
    @Path("{id}")
    public JsonObject patch(@Context UriInfo uriInfo, @PathParam("id") String id,
                            @QueryParam("attributes") String attributes,
                            @QueryParam("excludedAttributes") String excludedAttributes, JsonObject request) {
        return groups.patch(id, UsersResource.required(request), withMembers(attributes, excludedAttributes),
                ScimLocations.base(uriInfo));
    }

    @PUT
    @Path("{id}")
    public JsonObject replace(@Context UriInfo uriInfo, @PathParam("id") String id,
                              @QueryParam("attributes") String attributes,
                              @QueryParam("excludedAttributes") String excludedAttributes, JsonObject group) {
        return groups.replace(id, UsersResource.required(group), withMembers(attributes, excludedAttributes),
                ScimLocations.base(uriInfo));
    }

    /**
     * Members are left out when {@code excludedAttributes} names them or {@code attributes} names only others
     * (RFC 7644 §3.9): identity providers ask so to find a group without reading thousands of members.
     */
    static boolean withMembers(String attributes, String excludedAttributes) {
        if (names(excludedAttributes).contains(MEMBERS)) {
            return false;
        }
        Set<String> wanted = names(attributes);
        return wanted.isEmpty() || wanted.contains(MEMBERS);
    }

    private static Set<String> names(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        String groupPrefix = ScimSchemas.GROUP.toLowerCase(Locale.ROOT) + ":";
        return Arrays.stream(list.split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .map(name -> name.startsWith(groupPrefix) ? name.substring(groupPrefix.length()) : name)
                .map(name -> name.startsWith(MEMBERS + ".") ? MEMBERS : name)
                .collect(Collectors.toSet());
    }
}

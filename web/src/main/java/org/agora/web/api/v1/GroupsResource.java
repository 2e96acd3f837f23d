package org.agora.web.api.v1;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.agora.feed.FeedCursor;
import org.agora.feed.FeedService;
import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupMemberships;
import org.agora.groups.GroupSummary;
import org.agora.shared.NotFoundException;

/**
 * Groups: {@code GET /api/v1/groups} lists those the caller may see, {@code GET .../{slug}} is one,
 * {@code PUT|DELETE .../{id}/membership} joins or leaves, {@code GET .../{id}/posts?cursor=&size=} is its feed.
 * A secret group the caller is not in is a 404, as if it did not exist.
 */
@Path("v1/groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    GroupDirectory directory;

    @Inject
    GroupMemberships memberships;

    @Inject
    FeedService feed;

    @GET
    public List<GroupSummary> groups() {
        return directory.listedGroups();
    }

    @GET
    @Path("{slug: [a-z0-9][a-z0-9-]*}")
    public GroupSummary group(@PathParam("slug") String slug) {
        return directory.group(slug);
    }

    @PUT
    @Path("{id: [0-9]+}/membership")
    public GroupSummary join(@PathParam("id") long id) {
        memberships.join(id);
        return summary(id);
    }

    /** Answers 204: after leaving a secret group, there is nothing the caller may see of it. */
    @DELETE
    @Path("{id: [0-9]+}/membership")
    public void leave(@PathParam("id") long id) {
        memberships.leave(id);
    }

    @GET
    @Path("{id: [0-9]+}/posts")
    public PostsResource.Page posts(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return PostsResource.Page.of(feed.groupFeed(id,
                cursor == null || cursor.isBlank() ? null : FeedCursor.parse(cursor), size));
    }

    private GroupSummary summary(long id) {
        return directory.listedGroups().stream().filter(group -> group.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no group " + id + " you can see."));
    }
}

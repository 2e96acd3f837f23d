package org.agora.web.api.v1;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.feed.FeedCursor;
import org.agora.feed.FeedService;
import org.agora.feed.PostView;
import org.agora.groups.GroupAdministration;
import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupDraft;
import org.agora.groups.GroupMember;
import org.agora.groups.GroupMembership;
import org.agora.groups.GroupMemberships;
import org.agora.groups.GroupSummary;
import org.agora.groups.GroupVisibility;
import org.agora.groups.JoinRequest;
import org.agora.shared.InvalidInputException;

/**
 * Groups, with the same rules as the pages; a secret group the caller is not in (nor invited to) is a 404, as if
 * it did not exist, and managing a group the caller does not own is a 403.
 * <ul>
 * <li>{@code GET /api/v1/groups?q=&mine=} lists, {@code POST} creates, {@code GET .../{slug}} is one,
 * {@code PUT .../{id}} renames and redescribes, {@code PUT|DELETE .../{id}/archive} archives and restores;</li>
 * <li>{@code PUT|DELETE .../{id}/membership} joins (or asks to) and leaves (or withdraws the request);</li>
 * <li>{@code GET .../{id}/members}, and for owners {@code GET .../{id}/pending}, {@code POST .../{id}/invitations},
 * {@code PUT .../{id}/members/{employeeId}} (approves a request or sets the role), {@code DELETE} (removes or declines);</li>
 * <li>{@code GET .../{id}/posts?cursor=&size=} is its feed.</li>
 * </ul>
 */
@Path("v1/groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    GroupDirectory directory;

    @Inject
    GroupMemberships memberships;

    @Inject
    GroupAdministration administration;

    @Inject
    FeedService feed;

    /** A group as a client describes it; visibility PUBLIC, PRIVATE or SECRET in any case. */
    public record GroupRequest(String name, String description, String visibility) {

        GroupDraft draft() {
            return new GroupDraft(name, description, visibility == null || visibility.isBlank() ? null : parse(visibility));
        }

        private static GroupVisibility parse(String visibility) {
            try {
                return GroupVisibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown visibility \"" + visibility + "\": use PUBLIC, PRIVATE or SECRET.");
            }
        }
    }

    public record Invitation(Long employeeId) {
    }

    public record MemberRole(String role) {
    }

    @GET
    public List<GroupSummary> groups(@QueryParam("q") String text, @QueryParam("mine") boolean mine) {
        return directory.listedGroups(text, mine);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(GroupRequest request) {
        GroupSummary created = administration.create(required(request).draft());
        return Response.created(URI.create("v1/groups/" + created.slug())).entity(created).build();
    }

    /** One group by its address or by its id (addresses are never digits alone). */
    @GET
    @Path("{slug: [a-z0-9][a-z0-9-]*}")
    public GroupSummary group(@PathParam("slug") String slugOrId) {
        return slugOrId.length() < 19 && slugOrId.chars().allMatch(Character::isDigit)
                ? directory.group(Long.parseLong(slugOrId)) : directory.group(slugOrId);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupSummary describe(@PathParam("id") long id, GroupRequest request) {
        return administration.describe(id, required(request).draft());
    }

    @PUT
    @Path("{id: [0-9]+}/archive")
    public GroupSummary archive(@PathParam("id") long id) {
        return administration.archive(id);
    }

    @DELETE
    @Path("{id: [0-9]+}/archive")
    public GroupSummary restore(@PathParam("id") long id) {
        return administration.restore(id);
    }

    /** Joins a public group, accepts an invitation, or asks the owners of a private group (then pending is REQUEST). */
    @PUT
    @Path("{id: [0-9]+}/membership")
    public GroupSummary join(@PathParam("id") long id) {
        memberships.join(id);
        return directory.group(id);
    }

    /** Leaves, or withdraws a request or declines an invitation. Answers 204: after leaving a secret group, there is nothing the caller may see of it. */
    @DELETE
    @Path("{id: [0-9]+}/membership")
    public void leave(@PathParam("id") long id) {
        if (!memberships.withdraw(id)) {
            memberships.leave(id);
        }
    }

    @GET
    @Path("{id: [0-9]+}/members")
    public List<GroupMember> members(@PathParam("id") long id) {
        return administration.members(id);
    }

    @GET
    @Path("{id: [0-9]+}/pending")
    public List<GroupMember> pending(@PathParam("id") long id) {
        return administration.pending(id);
    }

    @POST
    @Path("{id: [0-9]+}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, Invitation invitation) {
        if (invitation == null || invitation.employeeId() == null) {
            throw new InvalidInputException("Send the colleague to invite, for example {\"employeeId\": 42}.");
        }
        administration.invite(id, invitation.employeeId());
        return Response.noContent().build();
    }

    /** Approves the employee's request to join, or, for a member, sets their role (OWNER or MEMBER). */
    @PUT
    @Path("{id: [0-9]+}/members/{employeeId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<GroupMember> admit(@PathParam("id") long id, @PathParam("employeeId") long employeeId, MemberRole role) {
        boolean waiting = administration.pending(id).stream()
                .anyMatch(member -> member.employeeId() == employeeId && member.pending() == JoinRequest.Kind.REQUEST);
        if (waiting) {
            administration.approve(id, employeeId);
        }
        if (role != null && role.role() != null && !role.role().isBlank()) {
            administration.assignRole(id, employeeId, memberRole(role.role()));
        } else if (!waiting) {
            throw new InvalidInputException("Send the member's role, for example {\"role\": \"OWNER\"}.");
        }
        return administration.members(id);
    }

    /** Removes a member, declines a request to join, or takes back an invitation. */
    @DELETE
    @Path("{id: [0-9]+}/members/{employeeId: [0-9]+}")
    public void remove(@PathParam("id") long id, @PathParam("employeeId") long employeeId) {
        boolean pending = administration.pending(id).stream().anyMatch(member -> member.employeeId() == employeeId);
        if (pending) {
            administration.decline(id, employeeId);
        } else {
            administration.remove(id, employeeId);
        }
    }

    @GET
    @Path("{id: [0-9]+}/posts")
    public PostsResource.Page posts(@PathParam("id") long id, @QueryParam("unanswered") boolean unanswered,
                                    @QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("20") int size) {
        FeedCursor after = cursor == null || cursor.isBlank() ? null : FeedCursor.parse(cursor);
        return PostsResource.Page.of(unanswered ? feed.unanswered(id, after, size) : feed.groupFeed(id, after, size));
    }

    /** The group's announcements pinned above its feed. */
    @GET
    @Path("{id: [0-9]+}/pinned")
    public List<PostView> pinned(@PathParam("id") long id) {
        return feed.pinned(id);
    }

    private static GroupRequest required(GroupRequest request) {
        if (request == null) {
            throw new InvalidInputException(
                    "Send a JSON object with a name, a description and a visibility, for example "
                    + "{\"name\": \"Kubernetes Guild\", \"visibility\": \"PUBLIC\"}.");
        }
        return request;
    }

    private static GroupMembership.MemberRole memberRole(String role) {
        try {
            return GroupMembership.MemberRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown role \"" + role + "\": use OWNER or MEMBER.");
        }
    }
}

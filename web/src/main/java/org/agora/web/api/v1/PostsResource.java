package org.agora.web.api.v1;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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

import org.agora.feed.CommentView;
import org.agora.feed.Conversations;
import org.agora.feed.FeedCursor;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedService;
import org.agora.feed.PostActivity;
import org.agora.feed.PollView;
import org.agora.feed.Polls;
import org.agora.feed.PostDraft;
import org.agora.feed.PostKind;
import org.agora.feed.PostRevisionView;
import org.agora.feed.PostView;
import org.agora.feed.ReactionKind;
import org.agora.shared.InvalidInputException;

/**
 * Posts: {@code GET /api/v1/posts} is the caller's home feed (followed colleagues, joined groups, company
 * announcements; {@code ?scope=all} every post they may read, {@code ?tag=} the posts with that hashtag),
 * {@code POST} publishes; an author's {@code PUT|DELETE .../{id}} edits or deletes, and {@code GET .../{id}/history}
 * shows earlier wordings. Answers to a post:
 * {@code PUT|DELETE .../{id}/reaction} ({@code {"kind": "celebrate"}}), {@code GET|POST .../{id}/comments}
 * ({@code {"body": "...", "replyTo": 12}}) and {@code GET .../{id}/activity}. A post the caller may not read is a 404.
 */
@Path("v1/posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    /**
     * What a client sends to publish; {@code groupId} is optional, {@code kind} DISCUSSION (the default), QUESTION,
     * POLL (with {@code options}, {@code multiple} and {@code closesAt}, an ISO-8601 instant) or ANNOUNCEMENT;
     * {@code attachmentIds} are files uploaded first to {@code /api/v1/attachments}.
     */
    public record NewPost(String body, Long groupId, String kind, List<String> options, Boolean multiple,
                          String closesAt, List<Long> attachmentIds) {

        PostDraft draft() {
            return new PostDraft(body, groupId, kind(kind), options, Boolean.TRUE.equals(multiple), instant(closesAt),
                    attachmentIds);
        }

        private static PostKind kind(String kind) {
            try {
                return kind == null || kind.isBlank() ? PostKind.DISCUSSION
                        : PostKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown kind \"" + kind + "\": use DISCUSSION, QUESTION, POLL or ANNOUNCEMENT.");
            }
        }

        private static Instant instant(String closesAt) {
            try {
                return closesAt == null || closesAt.isBlank() ? null : Instant.parse(closesAt.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("closesAt must be an instant such as 2026-12-01T17:00:00Z.");
            }
        }
    }

    /** The answer a client accepts: {@code {"commentId": 12}}. */
    public record AcceptedAnswer(Long commentId) {
    }

    /** A vote: {@code {"optionIds": [3]}}. */
    public record Vote(List<Long> optionIds) {
    }

    /** A page of the feed; pass {@code next} back as {@code cursor} for the following page (null at the end). */
    public record Page(List<PostView> posts, String next) {
        static Page of(FeedPage page) {
            return new Page(page.posts(), page.nextCursor() == null ? null : page.nextCursor().token());
        }
    }

    @Inject
    FeedService feed;

    @Inject
    Conversations conversations;

    @Inject
    Polls polls;

    @GET
    public Page homeFeed(@QueryParam("scope") String scope, @QueryParam("tag") String tag,
                         @QueryParam("unanswered") boolean unanswered, @QueryParam("cursor") String cursor,
                         @QueryParam("size") @DefaultValue("20") int size) {
        FeedCursor after = cursor == null || cursor.isBlank() ? null : FeedCursor.parse(cursor);
        if (unanswered) {
            return Page.of(feed.unanswered(null, after, size));
        }
        if (tag != null && !tag.isBlank()) {
            return Page.of(feed.tagged(tag, after, size));
        }
        return Page.of(switch (scope == null || scope.isBlank() ? "following" : scope.strip()) {
            case "following" -> feed.homeFeed(after, size);
            case "all" -> feed.everything(after, size);
            default -> throw new InvalidInputException("Unknown scope \"" + scope + "\": use following (the default) or all.");
        });
    }

    /** Company-wide announcements pinned above the home feed. */
    @GET
    @Path("pinned")
    public List<PostView> pinned() {
        return feed.pinned(null);
    }

    @DELETE
    @Path("{id: [0-9]+}/pin")
    public PostView unpin(@PathParam("id") long id) {
        return feed.unpin(id);
    }

    @PUT
    @Path("{id: [0-9]+}/accepted-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView accept(@PathParam("id") long id, AcceptedAnswer answer) {
        if (answer == null || answer.commentId() == null) {
            throw new InvalidInputException("Send the comment to accept, for example {\"commentId\": 12}.");
        }
        return conversations.accept(id, answer.commentId());
    }

    @DELETE
    @Path("{id: [0-9]+}/accepted-answer")
    public PostView unaccept(@PathParam("id") long id) {
        return conversations.accept(id, null);
    }

    @GET
    @Path("{id: [0-9]+}/poll")
    public PollView poll(@PathParam("id") long id) {
        return polls.poll(id);
    }

    @POST
    @Path("{id: [0-9]+}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public PollView vote(@PathParam("id") long id, Vote vote) {
        if (vote == null) {
            throw new InvalidInputException("Send the options you choose, for example {\"optionIds\": [3]}.");
        }
        return polls.vote(id, vote.optionIds());
    }

    /** Replaces the text of the caller's own post: {@code {"body": "..."}}. */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView edit(@PathParam("id") long id, NewPost post) {
        if (post == null) {
            throw new InvalidInputException("Send a JSON object with the new body, for example {\"body\": \"Hello\"}.");
        }
        return feed.edit(id, post.body());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public void delete(@PathParam("id") long id) {
        feed.delete(id);
    }

    @GET
    @Path("{id: [0-9]+}/history")
    public List<PostRevisionView> history(@PathParam("id") long id) {
        return feed.history(id);
    }

    @GET
    @Path("{id}")
    public PostView post(@PathParam("id") long id) {
        return feed.post(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(NewPost post) {
        if (post == null) {
            throw new InvalidInputException("Send a JSON object with a body, for example {\"body\": \"Hello\"}.");
        }
        PostView published = feed.publish(post.draft());
        return Response.created(URI.create("v1/posts/" + published.id())).entity(published).build();
    }

    /** A reaction as a client sends it; the kind in any case. */
    public record NewReaction(String kind) {
    }

    /** A comment as a client sends it; {@code replyTo} is the comment answered, if any. */
    public record NewComment(String body, Long replyTo) {
    }

    @GET
    @Path("{id: [0-9]+}/activity")
    public PostActivity activity(@PathParam("id") long postId) {
        return conversations.activity(postId);
    }

    @PUT
    @Path("{id: [0-9]+}/reaction")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostActivity react(@PathParam("id") long postId, NewReaction reaction) {
        return conversations.react(postId, kind(reaction));
    }

    @DELETE
    @Path("{id: [0-9]+}/reaction")
    public PostActivity withdrawReaction(@PathParam("id") long postId) {
        return conversations.withdrawReaction(postId);
    }

    @GET
    @Path("{id: [0-9]+}/comments")
    public List<CommentView> comments(@PathParam("id") long postId) {
        return conversations.comments(postId);
    }

    @POST
    @Path("{id: [0-9]+}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long postId, NewComment comment) {
        if (comment == null) {
            throw new InvalidInputException("Send a JSON object with a body, for example {\"body\": \"Agreed!\"}.");
        }
        CommentView written = conversations.comment(postId, comment.body(), comment.replyTo());
        return Response.created(URI.create("v1/posts/" + postId + "/comments")).entity(written).build();
    }

    private static ReactionKind kind(NewReaction reaction) {
        String kinds = String.join(", ", Arrays.stream(ReactionKind.values())
                .map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList());
        if (reaction == null || reaction.kind() == null || reaction.kind().isBlank()) {
            throw new InvalidInputException("Send the kind of reaction, one of " + kinds + ".");
        }
        try {
            return ReactionKind.valueOf(reaction.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + reaction.kind() + "\" is not a reaction; use one of " + kinds + ".");
        }
    }
}

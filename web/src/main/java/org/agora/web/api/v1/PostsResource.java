package org.agora.web.api.v1;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.feed.FeedCursor;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedService;
import org.agora.feed.PostView;
import org.agora.shared.InvalidInputException;

/** Posts: {@code GET /api/v1/posts} is the caller's home feed, {@code POST} publishes. */
@Path("v1/posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    /** What a client sends to publish; {@code groupId} is optional. */
    public record NewPost(String body, Long groupId) {
    }

    /** A page of the feed; pass {@code next} back as {@code cursor} for the following page (null at the end). */
    public record Page(List<PostView> posts, String next) {
        static Page of(FeedPage page) {
            return new Page(page.posts(), page.nextCursor() == null ? null : page.nextCursor().token());
        }
    }

    @Inject
    FeedService feed;

    @GET
    public Page homeFeed(@QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("20") int size) {
        return Page.of(feed.homeFeed(cursor == null || cursor.isBlank() ? null : FeedCursor.parse(cursor), size));
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
        PostView published = feed.publish(post.body(), post.groupId());
        return Response.created(URI.create("v1/posts/" + published.id())).entity(published).build();
    }
}

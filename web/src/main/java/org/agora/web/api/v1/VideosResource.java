package org.agora.web.api.v1;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.people.PersonSummary;
import org.agora.shared.InvalidInputException;
import org.agora.video.VideoChannel;
import org.agora.video.VideoDraft;
import org.agora.video.VideoView;

/**
 * The leadership channel. {@code GET /api/v1/videos} lists executives' videos, newest first ({@code ?executive=} for
 * one channel); {@code GET .../{id}} is one. {@code POST /api/v1/videos} publishes an upload completed through
 * {@code /api/v1/video-uploads}: {@code {"uploadId", "title", "description", "tags", "captionsVtt"}}, with
 * {@code "executiveId"} when a delegate publishes on an executive's channel.
 * The film plays from {@code /media/videos/{id}}, with its poster and captions beside it. A player reports viewing
 * with {@code POST .../{id}/views} (the view's id back) and {@code PUT .../{id}/views/{viewId}}
 * {@code {"watchedMs"}}; views and watch time appear, as {@code audience}, only to those who publish on the channel.
 * {@code PUT|DELETE /api/v1/videos/subscriptions/{executiveId}} subscribes the caller to a channel or stops.
 * An executive lists the colleagues who publish on their channel with {@code GET /api/v1/videos/delegates} and adds or
 * removes one with {@code PUT|DELETE /api/v1/videos/delegates/{employeeId}}.
 */
@Path("v1/videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideosResource {

    @Inject
    VideoChannel channel;

    public record Published(String uploadId, Long executiveId, String title, String description, String tags,
                            String captionsVtt) {
    }

    public record NewView(long id) {
    }

    public record Watched(Long watchedMs) {
    }

    @GET
    public List<VideoView> videos(@QueryParam("executive") Long executiveId, @QueryParam("limit") Integer limit) {
        return channel.videos(executiveId, limit == null ? 20 : limit);
    }

    @GET
    @Path("{id}")
    public VideoView video(@PathParam("id") long videoId) {
        return channel.video(videoId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(Published published) {
        if (published == null) {
            throw new InvalidInputException("Send the video as JSON: {\"uploadId\", \"title\", ...}.");
        }
        VideoView video = channel.publish(new VideoDraft(published.uploadId(), published.executiveId(),
                published.title(), published.description(), published.tags(), published.captionsVtt()));
        return Response.created(URI.create("videos/" + video.id())).entity(video).build();
    }

    @POST
    @Path("{id}/views")
    public Response startView(@PathParam("id") long videoId) {
        long viewId = channel.startPlayback(videoId);
        return Response.created(URI.create("videos/" + videoId + "/views/" + viewId)).entity(new NewView(viewId)).build();
    }

    @PUT
    @Path("{id}/views/{viewId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response watched(@PathParam("id") long videoId, @PathParam("viewId") long viewId, Watched watched) {
        if (watched == null || watched.watchedMs() == null || watched.watchedMs() < 0) {
            throw new InvalidInputException("Send how long was watched: watchedMs, 0 or more.");
        }
        channel.watched(viewId, watched.watchedMs());
        return Response.noContent().build();
    }

    @PUT
    @Path("subscriptions/{executiveId}")
    public Response subscribe(@PathParam("executiveId") long executiveId) {
        channel.subscribe(executiveId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("subscriptions/{executiveId}")
    public Response unsubscribe(@PathParam("executiveId") long executiveId) {
        channel.unsubscribe(executiveId);
        return Response.noContent().build();
    }

    @GET
    @Path("delegates")
    public List<PersonSummary> delegates() {
        return channel.delegates();
    }

    @PUT
    @Path("delegates/{employeeId}")
    public Response addDelegate(@PathParam("employeeId") long employeeId) {
        channel.addDelegate(employeeId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("delegates/{employeeId}")
    public Response removeDelegate(@PathParam("employeeId") long employeeId) {
        channel.removeDelegate(employeeId);
        return Response.noContent().build();
    }
}

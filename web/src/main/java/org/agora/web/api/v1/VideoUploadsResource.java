package org.agora.web.api.v1;

import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.shared.InvalidInputException;
import org.agora.video.UploadStarted;
import org.agora.video.VideoUploads;

/**
 * Films arrive in pieces, so none is larger than a request may be and a broken upload resumes.
 * {@code POST /api/v1/video-uploads?name=week.mp4&size=123456789} starts one (413 at once when it is too large) and
 * answers its {@code id} and {@code pieceBytes}. Each {@code PUT .../{id}} carries the next piece as
 * {@code application/octet-stream}, with {@code Upload-Offset} saying where it starts; the answer's
 * {@code Upload-Offset} is where the next one starts. A piece out of step is 409 with the offset to continue from;
 * {@code HEAD .../{id}} asks for it after a break. {@code DELETE .../{id}} abandons the upload. Once the last byte is
 * there, {@code POST /api/v1/videos} publishes it.
 */
@Path("v1/video-uploads")
@Produces(MediaType.APPLICATION_JSON)
public class VideoUploadsResource {

    static final String UPLOAD_OFFSET = "Upload-Offset";

    @Inject
    VideoUploads uploads;

    public record Received(long received) {
    }

    @POST
    public Response begin(@QueryParam("name") String name, @QueryParam("size") Long size) {
        if (size == null) {
            throw new InvalidInputException("Say how large the file is: ?size= in bytes.");
        }
        UploadStarted started = uploads.begin(name, size);
        return Response.created(URI.create("video-uploads/" + started.id())).entity(started)
                .header(UPLOAD_OFFSET, 0).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response append(@PathParam("id") String uploadId, @HeaderParam(UPLOAD_OFFSET) Long offset, InputStream piece) {
        if (offset == null) {
            throw new InvalidInputException("Say where the piece starts: the Upload-Offset header.");
        }
        long received = uploads.append(uploadId, offset, piece);
        return Response.ok(new Received(received)).header(UPLOAD_OFFSET, received).build();
    }

    @HEAD
    @Path("{id}")
    public Response received(@PathParam("id") String uploadId) {
        return Response.ok().header(UPLOAD_OFFSET, uploads.received(uploadId)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String uploadId) {
        uploads.cancel(uploadId);
        return Response.noContent().build();
    }
}

package org.agora.web.api.v1;

import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.feed.AttachmentView;
import org.agora.feed.Attachments;

/**
 * Files for a post, sent before the post itself: {@code POST /api/v1/attachments?name=plan.pdf} with the file's bytes
 * as the body answers 201 and the attachment (its {@code id} goes into the post's {@code attachmentIds}); what the
 * file is comes from its bytes, whatever {@code Content-Type} says. {@code DELETE .../{id}} drops an upload not yet
 * posted. A posted file is read at {@code /attachments/{id}/file} (an image's thumbnail at
 * {@code /attachments/{id}/thumbnail}) by those who may read its post.
 */
@Path("v1/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Inject
    Attachments attachments;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("name") String name, InputStream content) {
        AttachmentView attachment = attachments.upload(name, content);
        return Response.created(URI.create("../attachments/" + attachment.id() + "/file")).entity(attachment).build();
    }

    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("id") long attachmentId) {
        attachments.discard(attachmentId);
        return Response.noContent().build();
    }
}

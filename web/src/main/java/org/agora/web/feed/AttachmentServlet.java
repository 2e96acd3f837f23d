package org.agora.web.feed;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.feed.Attachments;
import org.agora.shared.NotFoundException;
import org.agora.web.media.StoredFiles;

/**
 * Serves attachments to whoever may read their post: {@code /attachments/42/thumbnail} for an image's thumbnail,
 * {@code /attachments/42/file} for the file itself. Others get 404, as if the file did not exist. Images open
 * in the browser; every other file is only ever downloaded, and nothing served here may run script. Downloads
 * resume and media seek with byte ranges.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    static final String THUMBNAIL = "thumbnail";

    @Inject
    Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/", 2);
        Attachments.StoredFile file;
        try {
            long attachmentId = Long.parseLong(path[0]);
            file = attachments.open(attachmentId, path.length > 1 && THUMBNAIL.equals(path[1]));
        } catch (NumberFormatException | NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // an attachment's bytes never change: its id names one upload
        response.setHeader("Cache-Control", "private, max-age=604800, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
        response.setHeader("Content-Disposition", (file.image() ? "inline" : "attachment")
                + "; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        StoredFiles.send(request, response, file.path(), file.mediaType());
    }
}

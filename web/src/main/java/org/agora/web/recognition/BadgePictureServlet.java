package org.agora.web.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.recognition.RecognitionProgrammes;

/**
 * Serves the pictures HR uploaded for badges ({@code /media/badges/42?v=...}) to signed-in employees. The address
 * carries the picture's version, so browsers may keep it for a day and still see a new one at once.
 */
@WebServlet("/media/badges/*")
public class BadgePictureServlet extends HttpServlet {

    @Inject
    RecognitionProgrammes programmes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long badgeId;
        try {
            badgeId = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path picture = programmes.badgePicture(badgeId).orElse(null);
        if (picture == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(picture));
        Files.copy(picture, response.getOutputStream());
    }
}

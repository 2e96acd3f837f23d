package org.agora.web.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.people.ProfilePhotos;

/**
 * Serves profile photos ({@code /people/photo/42?v=...}) to signed-in employees. Pages add the photo's version
 * to the address, so the browser may keep a photo for a day and still sees a new one at once.
 */
@WebServlet("/people/photo/*")
public class PhotoServlet extends HttpServlet {

    @Inject
    ProfilePhotos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long employeeId;
        try {
            employeeId = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path photo = photos.find(employeeId).orElse(null);
        if (photo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(photo));
        Files.copy(photo, response.getOutputStream());
    }
}

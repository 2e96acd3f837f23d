package org.agora.web.leadership;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.agora.shared.NotFoundException;
import org.agora.video.PlayableFile;
import org.agora.video.VideoChannel;
import org.agora.web.media.StoredFiles;

/**
 * Plays executives' videos to signed-in employees: {@code /media/videos/42} is the film (byte ranges, so the player
 * seeks), {@code /media/videos/42/poster} its poster (a placeholder when there is none) and {@code /media/videos/42/captions.vtt} its captions. A video
 * that does not exist, or that a moderator hid, is 404.
 */
@WebServlet("/media/videos/*")
public class VideoServlet extends HttpServlet {

    /** The poster of a video ffmpeg could not take one from: a play sign on the page's dark grey. */
    private static final byte[] PLACEHOLDER_POSTER = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 720" width="1280" height="720">
            <rect width="1280" height="720" fill="#1f2937"/>
            <circle cx="640" cy="360" r="110" fill="#374151"/>
            <path d="M600 295 L715 360 L600 425 Z" fill="#e5e7eb"/>
            </svg>
            """.getBytes(StandardCharsets.UTF_8);

    static final String POSTER = "poster";
    private static final String ALLOWED_FILMS = VideoServlet.class.getName() + ".allowed";
    private static final long ALLOWED_FOR_NANOS = TimeUnit.MINUTES.toNanos(1);
    static final String CAPTIONS = "captions.vtt";

    @Inject
    VideoChannel channel;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/", 2);
        try {
            long videoId = Long.parseLong(path[0]);
            String part = path.length > 1 ? path[1] : "";
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            if (part.isEmpty()) {
                // a film's bytes never change: its id names one upload; the browser still asks before each playback
                response.setHeader("Cache-Control", "private, no-cache");
                PlayableFile film = film(request, videoId);
                StoredFiles.send(request, response, film.path(), film.mediaType());
            } else if (POSTER.equals(part)) {
                PlayableFile poster = channel.poster(videoId);
                response.setHeader("Cache-Control", "private, max-age=604800, immutable");
                if (poster == null) {
                    placeholder(response);
                } else {
                    StoredFiles.send(request, response, poster.path(), poster.mediaType());
                }
            } else if (CAPTIONS.equals(part)) {
                byte[] captions = channel.captions(videoId).getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/vtt;charset=UTF-8");
                response.setHeader("Cache-Control", "private, no-cache");
                response.setContentLength(captions.length);
                response.getOutputStream().write(captions);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException | NotFoundException | EJBAccessException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    /**
     * A player asks for a film in many ranges, several a second while it seeks: once a browser session was found
     * allowed to play it, the next minute of its requests skip the check. A video hidden meanwhile stops within that
     * minute for those already playing it; everyone else is refused at once.
     */
    private PlayableFile film(HttpServletRequest request, long videoId) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return channel.film(videoId);
        }
        @SuppressWarnings("unchecked")
        Map<Long, Allowed> allowed = (Map<Long, Allowed>) session.getAttribute(ALLOWED_FILMS);
        if (allowed == null) {
            allowed = new ConcurrentHashMap<>();
            session.setAttribute(ALLOWED_FILMS, allowed);
        }
        long now = System.nanoTime();
        Allowed recent = allowed.get(videoId);
        if (recent != null && now - recent.at() < ALLOWED_FOR_NANOS) {
            return new PlayableFile(Path.of(recent.path()), recent.mediaType());
        }
        PlayableFile film = channel.film(videoId);
        allowed.put(videoId, new Allowed(film.path().toString(), film.mediaType(), now));
        return film;
    }

    /** A film the session was found allowed to play, and when. */
    private record Allowed(String path, String mediaType, long at) implements Serializable {
    }

    private static void placeholder(HttpServletResponse response) throws IOException {
        response.setContentType("image/svg+xml");
        response.setContentLength(PLACEHOLDER_POSTER.length);
        response.getOutputStream().write(PLACEHOLDER_POSTER);
    }
}

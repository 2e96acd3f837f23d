package org.agora.video.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Measures a film and takes its poster with ffmpeg, when the server has it. Without ffmpeg, or for a film it cannot
 * read, the video is still published: it plays, with a placeholder poster and no duration.
 */
@ApplicationScoped
public class FilmProbe {

    private static final Logger LOG = Logger.getLogger(FilmProbe.class.getName());
    private static final long TIMEOUT_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "agora.videos.ffmpeg", defaultValue = "ffmpeg")
    String ffmpeg;

    @Inject
    @ConfigProperty(name = "agora.videos.ffprobe", defaultValue = "ffprobe")
    String ffprobe;

    /** The length in milliseconds, or null. */
    public Long durationMs(Path film) {
        String output = run(List.of(ffprobe, "-v", "error", "-show_entries", "format=duration",
                "-of", "default=noprint_wrappers=1:nokey=1", film.toString()));
        try {
            return output == null ? null : Math.round(Double.parseDouble(output.strip()) * 1000);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes a frame from a little way in (or the first, for a very short film) to {@code poster}, as JPEG. */
    public boolean poster(Path film, Long durationMs, Path poster) {
        String at = durationMs != null && durationMs > 4000 ? "2" : "0";
        String output = run(List.of(ffmpeg, "-v", "error", "-y", "-ss", at, "-i", film.toString(), "-frames:v", "1",
                "-vf", "scale=1280:-2:force_original_aspect_ratio=decrease", "-f", "image2", "-c:v", "mjpeg",
                poster.toString()));
        try {
            return output != null && Files.size(poster) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The command's standard output, or null if it could not run or failed. */
    private static String run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            LOG.fine(() -> command.get(0) + " is not installed: videos get a placeholder poster and no duration");
            return null;
        }
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? new String(output, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            process.destroyForcibly();
            return null;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

package org.agora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real films for tests, made by ffmpeg (which CI installs, as it installs Chromium): a test pattern with a tone, small
 * enough to upload in a moment, long enough to seek in. Each is made once per test run.
 */
public final class TestFilms {

    private TestFilms() {
    }

    /** An H.264/AAC MP4 of {@code seconds}, with its index first so a browser plays it while it downloads. */
    public static synchronized Path mp4(int seconds) {
        Path film = Path.of(System.getProperty("java.io.tmpdir"), "agora-test-film-" + seconds + "s.mp4");
        if (Files.exists(film)) {
            return film;
        }
        run(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440", "-t", String.valueOf(seconds), "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", film.toString()));
        return film;
    }

    /** A film of about 25 MB, so that it goes up in several pieces and a progress bar has something to show. */
    public static synchronized Path large() {
        Path film = Path.of(System.getProperty("java.io.tmpdir"), "agora-test-film-large.mp4");
        if (Files.exists(film)) {
            return film;
        }
        run(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=330", "-t", "20", "-c:v", "libx264", "-preset", "ultrafast",
                "-b:v", "10M", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", film.toString()));
        return film;
    }

    public static byte[] bytes(Path film) {
        try {
            return Files.readAllBytes(film);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg could not make a test film: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The video tests need ffmpeg (apt-get install ffmpeg)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

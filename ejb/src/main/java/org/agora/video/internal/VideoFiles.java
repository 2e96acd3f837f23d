package org.agora.video.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where videos' bytes live in the media directory: uploads in progress, films and posters. */
@ApplicationScoped
public class VideoFiles {

    @Inject
    @ConfigProperty(name = "agora.media.dir")
    String mediaDir;

    Path incoming(String uploadId) {
        return directory("incoming").resolve(uploadId + ".part");
    }

    public Path film(long videoId) {
        return directory("videos").resolve(Long.toString(videoId));
    }

    public Path poster(long videoId) {
        return directory("videos").resolve(videoId + "-poster.jpg");
    }

    /** A file in the videos directory for a poster being made, so keeping it is a rename. */
    public Path newPoster() {
        try {
            return Files.createTempFile(directory("videos"), "poster", ".jpg");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a poster file", e);
        }
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(Path.of(mediaDir, name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the media directory " + name, e);
        }
    }
}

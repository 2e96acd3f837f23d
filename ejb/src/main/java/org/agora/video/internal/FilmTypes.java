package org.agora.video.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.agora.shared.InvalidInputException;
import org.apache.tika.Tika;

/** What a film is, from its first bytes (Apache Tika), never from its name alone; and whether browsers play it. */
@ApplicationScoped
class FilmTypes {

    /** What browsers play, by the type found in the bytes; an M4V is an MP4. */
    static final Map<String, String> PLAYABLE = Map.of(
            "video/mp4", "video/mp4", "video/x-m4v", "video/mp4", "video/webm", "video/webm",
            "video/quicktime", "video/quicktime");

    private final Tika tika = new Tika();

    /** The type to serve the film as; a file that is not a film browsers play is refused with what it is. */
    String playableType(Path film, String fileName) {
        String detected;
        try (InputStream bytes = Files.newInputStream(film)) {
            detected = tika.detect(bytes, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read upload " + film, e);
        }
        String playable = PLAYABLE.get(detected);
        if (playable == null) {
            throw new InvalidInputException(fileName + " is " + detected
                    + ", not a video Agora plays: upload an MP4, WebM or MOV file.");
        }
        return playable;
    }
}

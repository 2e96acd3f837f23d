package org.agora.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file received and checked by {@link Uploads}: on disk, never whole in memory, with a safe name and the type its
 * bytes show. Closing it deletes the file unless it was moved away.
 */
public record Upload(Path file, String fileName, String mediaType, long size) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the upload " + file, e);
        }
    }
}

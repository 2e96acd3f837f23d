package org.agora.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadsTest {

    private static final UploadPolicy TEXT = new UploadPolicy("A note", 16, Set.of("text/plain"), "{name} is {type}, not text.");

    @TempDir
    Path directory;

    private final Uploads uploads = new Uploads();

    @Test
    void anAcceptedFileIsOnDiskWithTheTypeItsBytesShow() throws IOException {
        try (Upload upload = uploads.receive(bytes("hello"), "../../etc/notes.txt", TEXT, directory)) {
            assertEquals("notes.txt", upload.fileName(), "no folders in a name");
            assertEquals("text/plain", upload.mediaType());
            assertEquals(5, upload.size());
            assertEquals("hello", Files.readString(upload.file()));
        }
        assertEquals(0, files(), "closing it deletes it");
    }

    @Test
    void aFileTooLargeIsCutOffAndLeavesNothing() throws IOException {
        TooLargeException refused = assertThrows(TooLargeException.class,
                () -> uploads.receive(bytes("seventeen bytes!!"), "big.txt", TEXT, directory));
        assertEquals("A note can be at most 16 bytes.", refused.getMessage());
        assertEquals(0, files());
    }

    @Test
    void theTypeComesFromTheBytesNotTheNameAndAWrongOneLeavesNothing() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> uploads.receive(new ByteArrayInputStream(png), "innocent.txt", TEXT, directory));
        assertEquals("innocent.txt is image/png, not text.", refused.getMessage());
        assertEquals(0, files());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertTrue(assertThrows(InvalidInputException.class, () -> uploads.receive(bytes(""), "x.txt", TEXT, directory))
                .getMessage().contains("empty"));
    }

    private long files() throws IOException {
        try (var listing = Files.list(directory)) {
            return listing.count();
        }
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

package org.agora.people;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.agora.shared.InvalidInputException;
import org.agora.shared.Pictures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Profile photos on disk: whatever picture is uploaded is checked by decoding it (never by its name), cropped
 * to a square and stored as a 256-pixel JPEG, so pages never serve the original file.
 */
@ApplicationScoped
public class ProfilePhotos {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int SIZE = 256;

    @Inject
    @ConfigProperty(name = "agora.media.dir")
    String mediaDir;

    /** Decodes, crops, scales and stores the picture as the employee's photo. */
    public void store(long employeeId, InputStream upload) {
        BufferedImage square = Pictures.square(Pictures.decode(boundedRead(upload)), SIZE);
        try {
            Path dir = Files.createDirectories(Path.of(mediaDir, "photos"));
            Path temporary = Files.createTempFile(dir, "upload", ".jpg");
            ImageIO.write(square, "jpg", temporary.toFile());
            Files.move(temporary, file(employeeId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the photo of employee " + employeeId, e);
        }
    }

    public Optional<Path> find(long employeeId) {
        Path file = file(employeeId);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path file(long employeeId) {
        return Path.of(mediaDir, "photos", employeeId + ".jpg");
    }

    private static InputStream boundedRead(InputStream upload) {
        try {
            byte[] bytes = upload.readNBytes(MAX_UPLOAD_BYTES + 1);
            if (bytes.length > MAX_UPLOAD_BYTES) {
                throw new InvalidInputException("A photo can be at most 5 MB.");
            }
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new InvalidInputException("The photo could not be read; upload it again.");
        }
    }
}

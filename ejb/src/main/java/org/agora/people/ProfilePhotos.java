package org.agora.people;

import java.awt.image.BufferedImage;
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
import org.agora.shared.Upload;
import org.agora.shared.UploadPolicy;
import org.agora.shared.Uploads;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Profile photos on disk: an upload is received and checked by {@link Uploads} (by its bytes, never by its name),
 * decoded, cropped
 * to a square and stored as a 256-pixel JPEG, so pages never serve the original file.
 */
@ApplicationScoped
public class ProfilePhotos {

    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int SIZE = 256;
    private static final UploadPolicy POLICY = new UploadPolicy("A photo", MAX_UPLOAD_BYTES, UploadPolicy.PICTURES,
            "Choose a JPEG, PNG or GIF picture.");

    @Inject
    Uploads uploads;

    @Inject
    @ConfigProperty(name = "agora.media.dir")
    String mediaDir;

    /** Decodes, crops, scales and stores the picture as the employee's photo. */
    public void store(long employeeId, InputStream content) {
        Path dir = Path.of(mediaDir, "photos");
        BufferedImage square;
        try (Upload upload = uploads.receive(content, null, POLICY, dir);
             InputStream picture = Files.newInputStream(upload.file())) {
            square = Pictures.square(Pictures.decode(picture), SIZE);
        } catch (IOException e) {
            throw new InvalidInputException("The photo could not be read; upload it again.");
        }
        try {
            Path temporary = Files.createTempFile(dir, "photo", ".jpg");
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
}

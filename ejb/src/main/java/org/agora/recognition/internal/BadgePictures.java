package org.agora.recognition.internal;

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
 * Badge pictures on disk: checked by their bytes, decoded, cropped to a square and stored as a 128-pixel PNG (keeping
 * transparency), so pages never serve the uploaded file itself.
 */
@ApplicationScoped
public class BadgePictures {

    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    static final int SIZE = 128;
    private static final UploadPolicy POLICY = new UploadPolicy("A badge picture", MAX_UPLOAD_BYTES,
            UploadPolicy.PICTURES, "Choose a JPEG, PNG or GIF picture.");

    @Inject
    Uploads uploads;

    @Inject
    @ConfigProperty(name = "agora.media.dir")
    String mediaDir;

    void store(long badgeId, InputStream content) {
        Path dir = Path.of(mediaDir, "badges");
        BufferedImage square;
        try (Upload upload = uploads.receive(content, null, POLICY, dir);
             InputStream picture = Files.newInputStream(upload.file())) {
            square = Pictures.square(Pictures.decode(picture), SIZE);
        } catch (IOException e) {
            throw new InvalidInputException("The picture could not be read; upload it again.");
        }
        try {
            Path temporary = Files.createTempFile(dir, "badge", ".png");
            ImageIO.write(square, "png", temporary.toFile());
            Files.move(temporary, file(badgeId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the picture of badge " + badgeId, e);
        }
    }

    Optional<Path> find(long badgeId) {
        Path file = file(badgeId);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path file(long badgeId) {
        return Path.of(mediaDir, "badges", badgeId + ".png");
    }
}

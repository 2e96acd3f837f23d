package org.agora.people;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.agora.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Profile photos on disk: whatever picture is uploaded is checked by decoding it (never by its name), cropped
 * to a square and stored as a 256-pixel JPEG, so pages never serve the original file.
 */
@ApplicationScoped
public class ProfilePhotos {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int SIZE = 256;
    /** Larger pictures would cost hundreds of megabytes to decode: refuse them before decoding. */
    static final int MAX_PIXELS = 40_000_000;

    @Inject
    @ConfigProperty(name = "agora.media.dir")
    String mediaDir;

    /** Decodes, crops, scales and stores the picture as the employee's photo. */
    public void store(long employeeId, InputStream upload) {
        BufferedImage square = squareThumbnail(decode(boundedRead(upload)));
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

    static BufferedImage decode(InputStream upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(upload)) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw notAPicture();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new InvalidInputException("That picture is too large; use one under 40 megapixels.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw notAPicture();
        }
    }

    static BufferedImage squareThumbnail(BufferedImage picture) {
        int side = Math.min(picture.getWidth(), picture.getHeight());
        int x = (picture.getWidth() - side) / 2;
        int y = (picture.getHeight() - side) / 2;
        BufferedImage thumbnail = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = thumbnail.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(picture, 0, 0, SIZE, SIZE, x, y, x + side, y + side, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return thumbnail;
    }

    private static InvalidInputException notAPicture() {
        return new InvalidInputException("Choose a JPEG, PNG or GIF picture.");
    }
}

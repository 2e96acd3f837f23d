package org.agora.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Uploaded pictures, decoded before anything is kept: a file that does not decode is not a picture, whatever its
 * name says. Pages are only ever served re-encoded copies.
 */
public final class Pictures {

    /** Larger pictures would cost hundreds of megabytes to decode: refuse them before decoding. */
    public static final int MAX_PIXELS = 40_000_000;

    private Pictures() {
    }

    public static BufferedImage decode(InputStream upload) {
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
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw notAPicture();
        }
    }

    /** The centre square of the picture, {@code side} pixels wide. */
    public static BufferedImage square(BufferedImage picture, int side) {
        int crop = Math.min(picture.getWidth(), picture.getHeight());
        int x = (picture.getWidth() - crop) / 2;
        int y = (picture.getHeight() - crop) / 2;
        return draw(picture, x, y, crop, crop, side, side);
    }

    /** The whole picture, shrunk (never enlarged) to fit in {@code maxWidth} × {@code maxHeight}. */
    public static BufferedImage fitted(BufferedImage picture, int maxWidth, int maxHeight) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / picture.getWidth(), (double) maxHeight / picture.getHeight()));
        int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        return draw(picture, 0, 0, picture.getWidth(), picture.getHeight(), width, height);
    }

    private static BufferedImage draw(BufferedImage picture, int x, int y, int cropWidth, int cropHeight,
                                      int width, int height) {
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(picture, 0, 0, width, height, x, y, x + cropWidth, y + cropHeight, Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    private static InvalidInputException notAPicture() {
        return new InvalidInputException("Choose a JPEG, PNG or GIF picture.");
    }
}

package org.agora.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Pictures drawn for tests: a navy background with an orange disc, in any size and format ImageIO writes. */
public final class TestPictures {

    private TestPictures() {
    }

    public static byte[] picture(int width, int height, String format) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(new Color(0x1e3a5f));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0xf59e0b));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The picture as a file, for a browser's file chooser. */
    public static Path pictureFile(String name, int width, int height, String format) {
        try {
            Path file = Files.createTempDirectory("agora-test").resolve(name);
            Files.write(file, picture(width, height, format));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

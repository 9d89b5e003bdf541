package org.coderpay.bake;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An image as PNG bytes: the JDK's PNG writer, as {@code ImageIO.write} uses it (so the same bytes), but
 * buffered in memory. {@code ImageIO.write} to a stream goes through a temporary file on disk when
 * ImageIO's cache is on (its default), and the drawings are written from several threads at once.
 */
public final class PngBytes {
    private PngBytes() {
    }

    public static byte[] of(RenderedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

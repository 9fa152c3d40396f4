package io.klien.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Pictures people upload (a staff photo, a client's photo or company logo): told by their bytes (PNG or JPEG, whatever
 * the file is called), refused before decoding when their dimensions are absurd (a few bytes can claim a gigapixel),
 * and always re-encoded at the size they are shown, so what is stored and served is a picture this code drew — no
 * metadata (location, camera), no trailing payload, no oversized original.
 */
public final class ImageInput {

    /** The largest upload accepted, before resizing. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    /** The most pixels an upload may claim (a 40-megapixel camera); more is refused without decoding. */
    static final long MAX_PIXELS = 40_000_000L;

    /** A picture as stored: the bytes this code encoded, their content type and size in pixels. */
    public record Picture(byte[] content, String contentType, int width, int height) {
    }

    private final String notAnImageKey;
    private final String tooLargeKey;

    /**
     * @param notAnImageKey the message key for "not a PNG or JPEG image"
     * @param tooLargeKey the message key for "larger than {0} MB"
     */
    public ImageInput(String notAnImageKey, String tooLargeKey) {
        this.notAnImageKey = notAnImageKey;
        this.tooLargeKey = tooLargeKey;
    }

    /** A square portrait: the middle of the upload, scaled to {@code size} pixels a side, as JPEG. */
    public Picture portrait(byte @Nullable [] upload, int size) {
        BufferedImage image = decode(upload);
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage square = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side,
                side);
        int target = Math.min(size, side);
        return jpeg(scaled(square, target, target, false));
    }

    /** A logo: the whole upload, scaled down to fit {@code maxSide} pixels (never up), as PNG (keeping transparency). */
    public Picture fitted(byte @Nullable [] upload, int maxSide) {
        BufferedImage image = decode(upload);
        double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return png(scaled(image, width, height, true));
    }

    /** The image type told by the bytes: {@code image/png}, {@code image/jpeg}, or null for anything else. */
    public static @Nullable String detectContentType(byte[] content) {
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G' && content[4] == 0x0d && content[5] == 0x0a && content[6] == 0x1a
                && content[7] == 0x0a) {
            return "image/png";
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    private BufferedImage decode(byte @Nullable [] upload) {
        if (upload == null || upload.length == 0 || detectContentType(upload) == null) {
            throw new DomainException(notAnImageKey);
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new DomainException(tooLargeKey, MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DomainException(notAnImageKey);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new DomainException(notAnImageKey);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof DomainException refusal) {
                throw refusal;
            }
            // a truncated or corrupt file that starts like an image
            throw new DomainException(notAnImageKey);
        }
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        // halving step by step keeps a large photo sharp where one bilinear step would alias
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        return draw(current, width, height, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                // a transparent PNG portrait gets a white background rather than JPEG's black
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static Picture jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Picture(out.toByteArray(), "image/jpeg", image.getWidth(), image.getHeight());
    }

    private static Picture png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Picture(out.toByteArray(), "image/png", image.getWidth(), image.getHeight());
    }
}

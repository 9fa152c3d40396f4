package io.klien.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ImageInputTests {

    private final ImageInput images = new ImageInput("x.type", "x.size");

    @Test
    void aLandscapePhotoBecomesASquarePortraitOfItsMiddleAtTheShownSize() throws IOException {
        // left third red, middle blue, right third green: the middle square is blue
        BufferedImage photo = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 300);
        g.setColor(Color.BLUE);
        g.fillRect(300, 0, 300, 300);
        g.setColor(Color.GREEN);
        g.fillRect(600, 0, 300, 300);
        g.dispose();

        ImageInput.Picture portrait = images.portrait(encode(photo, "png"), 128);

        assertThat(portrait.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageInput.detectContentType(portrait.content())).isEqualTo("image/jpeg");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(portrait.content()));
        assertThat(read.getWidth()).isEqualTo(128);
        assertThat(read.getHeight()).isEqualTo(128);
        Color middle = new Color(read.getRGB(64, 64));
        assertThat(middle.getBlue()).isGreaterThan(200);
        assertThat(middle.getRed()).isLessThan(40);
    }

    @Test
    void aSmallPhotoIsNeverBlownUp() throws IOException {
        ImageInput.Picture portrait = images.portrait(encode(solid(40, 60, Color.ORANGE), "jpeg"), 256);

        assertThat(portrait.width()).isEqualTo(40);
        assertThat(portrait.height()).isEqualTo(40);
    }

    @Test
    void aLogoKeepsItsProportionsAndTransparencyAsPng() throws IOException {
        BufferedImage logo = new BufferedImage(1000, 250, BufferedImage.TYPE_INT_ARGB);

        ImageInput.Picture fitted = images.fitted(encode(logo, "png"), 200);

        assertThat(fitted.contentType()).isEqualTo("image/png");
        assertThat(fitted.width()).isEqualTo(200);
        assertThat(fitted.height()).isEqualTo(50);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(fitted.content()));
        assertThat(read.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(read.getRGB(10, 10), true).getAlpha()).isZero();
    }

    @Test
    void whatIsNotAPngOrJpegIsRefusedWhateverItIsCalled() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> images.portrait(script, 64)).isInstanceOf(DomainException.class)
                .hasMessageContaining("x.type");
        assertThatThrownBy(() -> images.fitted(gif, 64)).hasMessageContaining("x.type");
        assertThatThrownBy(() -> images.portrait(new byte[0], 64)).hasMessageContaining("x.type");
        assertThatThrownBy(() -> images.portrait(null, 64)).hasMessageContaining("x.type");
    }

    @Test
    void aFileThatStartsLikeAPngButIsBrokenIsRefused() throws IOException {
        byte[] png = encode(solid(50, 50, Color.BLACK), "png");
        byte[] truncated = Arrays.copyOf(png, 40);

        assertThatThrownBy(() -> images.portrait(truncated, 64)).isInstanceOf(DomainException.class)
                .hasMessageContaining("x.type");
    }

    @Test
    void anImageClaimingAbsurdDimensionsIsRefusedWithoutDecodingIt() throws IOException {
        byte[] png = encode(solid(10, 10, Color.BLACK), "png");
        // IHDR width and height (bytes 16..23) claim 100000 x 100000 pixels; the CRC no longer matches either
        byte[] bomb = png.clone();
        writeInt(bomb, 16, 100_000);
        writeInt(bomb, 20, 100_000);

        assertThatThrownBy(() -> images.portrait(bomb, 64)).isInstanceOf(DomainException.class)
                .hasMessageContaining("x.type");
    }

    @Test
    void anUploadOverTheLimitIsRefusedSayingTheLimit() throws IOException {
        byte[] png = encode(solid(10, 10, Color.BLACK), "png");
        byte[] large = Arrays.copyOf(png, ImageInput.MAX_UPLOAD_BYTES + 1);

        assertThatThrownBy(() -> images.portrait(large, 64)).isInstanceOfSatisfying(DomainException.class,
                refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("x.size");
                    assertThat(refusal.arguments()).containsExactly(5);
                });
    }

    @Test
    void whatIsStoredCarriesNoneOfTheUploadsExtraBytes() throws IOException {
        byte[] png = encode(solid(64, 64, Color.GRAY), "png");
        byte[] marker = "PAYLOAD-AFTER-IEND".getBytes(StandardCharsets.US_ASCII);
        byte[] withPayload = Arrays.copyOf(png, png.length + marker.length);
        System.arraycopy(marker, 0, withPayload, png.length, marker.length);

        byte[] stored = images.portrait(withPayload, 64).content();

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PAYLOAD");
    }

    private static BufferedImage solid(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}

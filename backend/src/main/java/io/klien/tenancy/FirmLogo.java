package io.klien.tenancy;

/** A firm's logo as stored: checked image bytes and their content type. */
public record FirmLogo(byte[] content, String contentType) {

    /** Logos are small; the portal header shows them at 28 px. */
    public static final int MAX_BYTES = 256 * 1024;

    /** The image type told by the bytes themselves, or null when they are not a PNG, JPEG or WebP image. */
    public static String detectContentType(byte[] content) {
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
            return "image/png";
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (content.length >= 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F'
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}

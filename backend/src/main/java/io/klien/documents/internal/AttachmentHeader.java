package io.klien.documents.internal;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} value that makes browsers save the file under its name and never render it inline
 * (RFC 6266): a plain-ASCII {@code filename} for old clients and the exact name as {@code filename*=UTF-8''...}
 * (RFC 5987 / RFC 8187).
 */
final class AttachmentHeader {

    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AttachmentHeader() {
    }

    public static String of(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncoded(filename);
    }

    /** Printable ASCII except quote, backslash and percent (which some browsers decode); anything else becomes _. */
    static String asciiFallback(String filename) {
        StringBuilder out = new StringBuilder(filename.length());
        filename.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%'
                ? (char) cp : '_'));
        return out.toString();
    }

    static String percentEncoded(String filename) {
        StringBuilder out = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}

package io.klien.documents.internal;

/**
 * Decides, a piece at a time, whether bytes are UTF-8 text: well-formed UTF-8 (no overlong forms, surrogates or code
 * points past U+10FFFF) without control characters other than tab, line feed, form feed and carriage return.
 */
final class TextCheck {

    private int needed;
    private int lower = 0x80;
    private int upper = 0xBF;
    private boolean failed;

    /** Feeds more bytes; false once anything so far is not text. */
    boolean accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length && !failed; i++) {
            accept(bytes[i] & 0xff);
        }
        return !failed;
    }

    /** Whether the bytes fed so far end where a character ends (a file cannot stop inside one). */
    boolean atCharacterBoundary() {
        return !failed && needed == 0;
    }

    private void accept(int b) {
        if (needed == 0) {
            if (b < 0x80) {
                failed = (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7f;
            } else if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                lower = b == 0xE0 ? 0xA0 : 0x80;
                upper = b == 0xED ? 0x9F : 0xBF;
                needed = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                lower = b == 0xF0 ? 0x90 : 0x80;
                upper = b == 0xF4 ? 0x8F : 0xBF;
                needed = 3;
            } else {
                failed = true;
            }
            return;
        }
        if (b < lower || b > upper) {
            failed = true;
            return;
        }
        lower = 0x80;
        upper = 0xBF;
        needed--;
    }
}

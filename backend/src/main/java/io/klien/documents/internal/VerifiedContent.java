package io.klien.documents.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stored content on its way out: at its end it must have exactly the recorded size and SHA-256, else reading fails,
 * so a download never silently delivers altered or truncated content.
 */
final class VerifiedContent extends HashingInputStream {

    private final long size;
    private final String sha256;

    public VerifiedContent(InputStream in, long size, String sha256) {
        super(in);
        this.size = size;
        this.sha256 = sha256;
    }

    @Override
    protected void checkPiece(byte[] bytes, int offset, int length) throws IOException {
        if (count() > size) {
            throw new IOException("Stored content is longer than the recorded " + size + " bytes");
        }
    }

    @Override
    protected void checkEnd() throws IOException {
        if (count() != size || !sha256().equals(sha256)) {
            throw new IOException("Stored content does not match its recorded size and SHA-256");
        }
    }
}

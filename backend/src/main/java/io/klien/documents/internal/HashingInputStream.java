package io.klien.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) every byte that passes through; subclasses check each piece and the end. Skipping reads
 * through, and mark/reset is not offered, so the count and hash always cover exactly what was read.
 */
abstract class HashingInputStream extends InputStream {

    // not a FilterInputStream: every way of reading must come through read(byte[], int, int)
    private final InputStream in;
    private final MessageDigest sha256;
    private long count;
    private boolean ended;

    HashingInputStream(InputStream in) {
        this.in = in;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Called with each piece read, after it was counted. */
    protected abstract void checkPiece(byte[] bytes, int offset, int length) throws IOException;

    /** Called once, when the underlying stream reports its end. */
    protected abstract void checkEnd() throws IOException;

    public final long count() {
        return count;
    }

    /** The SHA-256 of everything read so far, lower-case hex. */
    public final String sha256() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests are cloneable", e);
        }
    }

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            checkPiece(buffer, offset, n);
            sha256.update(buffer, offset, n);
        } else if (n < 0 && !ended) {
            ended = true;
            checkEnd();
        }
        return n;
    }

    @Override
    public final long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    @Override
    public final boolean markSupported() {
        return false;
    }

    @Override
    public final synchronized void mark(int readLimit) {
        // not supported: a reset would count and hash bytes twice
    }

    @Override
    public final synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported");
    }
}

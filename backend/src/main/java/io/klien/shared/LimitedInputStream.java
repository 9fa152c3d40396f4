package io.klien.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and refuses to read past a limit, so an oversized upload is never held whole: it asks the
 * stream beneath for at most one byte past the limit, and the moment that byte arrives {@link Refusal#refuse()} throws.
 */
public final class LimitedInputStream extends FilterInputStream {

    /** What to throw once the limit is passed (a domain error, or an I/O error the reader handles). */
    @FunctionalInterface
    public interface Refusal {
        void refuse() throws IOException;
    }

    private final long maxBytes;
    private final Refusal refusal;
    private long count;

    public LimitedInputStream(InputStream in, long maxBytes, Refusal refusal) {
        super(in);
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, maxBytes + 1 - count));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, maxBytes + 1 - count));
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > maxBytes) {
            refusal.refuse();
        }
    }
}

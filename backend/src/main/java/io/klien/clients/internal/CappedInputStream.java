package io.klien.clients.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.klien.shared.DomainException;

/** Counts the bytes read and refuses to read past the limit, so an oversized upload is never held whole. */
public final class CappedInputStream extends FilterInputStream {

    private static final long MEGABYTE = 1024L * 1024L;

    private final long maxBytes;
    private long count;

    public CappedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
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
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) {
        count += n;
        if (count > maxBytes) {
            throw new DomainException("clients.import.too-large", (maxBytes + MEGABYTE - 1) / MEGABYTE);
        }
    }
}

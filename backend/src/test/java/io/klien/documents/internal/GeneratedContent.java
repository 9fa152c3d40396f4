package io.klien.documents.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * An upload made up on the fly: a given start (the magic bytes), then noise, never held whole anywhere, handed out at
 * most 64 KB a read. It counts what was read from it, hashes it, and can call back at every so many bytes read.
 */
final class GeneratedContent extends InputStream {

    private static final byte[] NOISE = new byte[1024 * 1024 + 7];

    static {
        new SplittableRandom(42).nextBytes(NOISE);
    }

    private final byte[] start;
    private final long size;
    private final MessageDigest sha256;
    private long emitted;
    private long every = Long.MAX_VALUE;
    private long nextCallback = Long.MAX_VALUE;
    private LongConsumer callback = bytes -> { };

    private GeneratedContent(byte[] start, long size) {
        this.start = start.clone();
        this.size = size;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static GeneratedContent pdf(long size) {
        return startingWith("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1), size);
    }

    static GeneratedContent startingWith(byte[] start, long size) {
        return new GeneratedContent(start, size);
    }

    /** Calls back with the bytes read so far each time another {@code bytes} were read, before the next read. */
    GeneratedContent onEvery(long bytes, LongConsumer action) {
        this.every = bytes;
        this.nextCallback = bytes;
        this.callback = action;
        return this;
    }

    long emitted() {
        return emitted;
    }

    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (emitted >= nextCallback) {
            callback.accept(emitted);
            while (nextCallback <= emitted) {
                nextCallback += every;
            }
        }
        if (emitted >= size) {
            return -1;
        }
        // like a network upload: at most 64 KB a read
        int n = (int) Math.min(Math.min(length, 64 * 1024), size - emitted);
        for (int i = 0; i < n; i++) {
            long position = emitted + i;
            buffer[offset + i] = position < start.length ? start[(int) position]
                    : (byte) (NOISE[(int) (position % NOISE.length)] ^ (position / NOISE.length));
        }
        sha256.update(buffer, offset, n);
        emitted += n;
        return n;
    }
}

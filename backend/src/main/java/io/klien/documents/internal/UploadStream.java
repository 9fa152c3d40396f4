package io.klien.documents.internal;

import java.io.InputStream;

import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An upload as it streams into storage: refused the moment it passes the policy's size limit or the firm's free
 * storage, and for text types the moment it stops being text; counted and hashed on the way.
 */
final class UploadStream extends HashingInputStream {

    private final long maxBytes;
    private final long freeBytes;
    private final long quotaBytes;
    private final @Nullable TextCheck text;

    /**
     * @param maxBytes   the most this upload may hold
     * @param freeBytes  what is left of the firm's quota
     * @param quotaBytes the firm's quota, for the message
     */
    public UploadStream(InputStream in, long maxBytes, long freeBytes, long quotaBytes, boolean mustBeText) {
        super(in);
        this.maxBytes = maxBytes;
        this.freeBytes = freeBytes;
        this.quotaBytes = quotaBytes;
        this.text = mustBeText ? new TextCheck() : null;
    }

    @Override
    protected void checkPiece(byte[] bytes, int offset, int length) {
        if (count() > maxBytes) {
            throw new DomainException("documents.too-large", ByteSizes.text(maxBytes));
        }
        if (count() > freeBytes) {
            throw quotaExceeded(quotaBytes, freeBytes);
        }
        if (text != null && !text.accept(bytes, offset, length)) {
            throw new DomainException("documents.text.invalid");
        }
    }

    @Override
    protected void checkEnd() {
        if (text != null && !text.atCharacterBoundary()) {
            throw new DomainException("documents.text.invalid");
        }
    }

    public static DomainException quotaExceeded(long quotaBytes, long freeBytes) {
        return new DomainException("documents.quota.exceeded", ByteSizes.text(quotaBytes),
                ByteSizes.text(Math.max(freeBytes, 0)));
    }
}

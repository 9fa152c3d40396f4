package io.klien.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking a firm's audit chain: intact with the number of entries checked, or the first broken link
 * (its seq, and one of the reasons below) with the number of entries before it that checked out.
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq,
        @Nullable String reason) {

    /** The entry's content no longer matches its hash: it was altered. */
    public static final String HASH_MISMATCH = "hash-mismatch";
    /** The entry does not point at the hash of the entry before it: the chain was rewritten or spliced. */
    public static final String PREVIOUS_HASH_MISMATCH = "previous-hash-mismatch";
    /** An entry is missing: {@code firstBrokenSeq} is the seq that should have come next. */
    public static final String SEQ_GAP = "seq-gap";

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    public static ChainVerification broken(long entriesChecked, long seq, String reason) {
        return new ChainVerification(false, entriesChecked, seq, reason);
    }
}

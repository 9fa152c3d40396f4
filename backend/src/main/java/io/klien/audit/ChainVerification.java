package io.klien.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking a firm's audit chain and checking it against its newest signed checkpoint: intact with the
 * number of entries checked, or the first broken link (its seq, and one of the reasons below) with the number of
 * entries that checked out.
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq,
        @Nullable String reason) {

    /** The entry's content no longer matches its hash: it was altered. */
    public static final String HASH_MISMATCH = "hash-mismatch";
    /** The entry does not point at the hash of the entry before it: the chain was rewritten or spliced. */
    public static final String PREVIOUS_HASH_MISMATCH = "previous-hash-mismatch";
    /** An entry is missing: {@code firstBrokenSeq} is the seq that should have come next. */
    public static final String SEQ_GAP = "seq-gap";
    /** The newest checkpoint's signature does not verify with the checkpoint key: it was forged or altered. */
    public static final String CHECKPOINT_INVALID = "checkpoint-invalid";
    /** The chain does not hold the hash the newest signed checkpoint recorded: it was rewritten. */
    public static final String CHECKPOINT_MISMATCH = "checkpoint-mismatch";
    /** The chain ends before the newest signed checkpoint: its newest entries were removed. */
    public static final String ENTRIES_MISSING = "entries-missing";
    /** Entries follow the newest signed checkpoint: they were added without the key. */
    public static final String UNSIGNED_ENTRIES = "unsigned-entries";

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    public static ChainVerification broken(long entriesChecked, long seq, String reason) {
        return new ChainVerification(false, entriesChecked, seq, reason);
    }
}

package io.klien.contracts;

/** What verification concludes about a PDF. */
public enum SealStatus {
    /** Sealed by Klien for this firm and not changed by a single byte since. */
    UNTOUCHED_ORIGINAL,
    /** Carries a Klien seal of this firm, but the file was changed after sealing. */
    MODIFIED,
    /** No seal, or a seal Klien did not make for this firm. */
    NOT_KLIEN_DOCUMENT
}

package io.klien.contracts;

/** Why verification concluded what it did. */
public enum SealFinding {
    INTACT,
    /** Not a readable PDF. */
    NOT_A_PDF,
    /** The PDF carries no signature. */
    NO_SEAL,
    /** A signature that is not a Klien seal (another format, or more than one). */
    FOREIGN_SEAL,
    /** The seal was made with a certificate this firm never held. */
    UNKNOWN_KEY,
    /** Bytes were added after the sealed part (an incremental update, appended data). */
    CONTENT_AFTER_SEAL,
    /** The signed bytes changed: the seal's signature no longer matches them. */
    SIGNATURE_MISMATCH,
    /** The seal is intact but the file is not the one Klien recorded under its verification code. */
    NOT_RECORDED
}

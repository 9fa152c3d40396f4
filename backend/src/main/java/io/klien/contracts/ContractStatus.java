package io.klien.contracts;

/** Where a contract is in its life, from the first draft to its end. */
public enum ContractStatus {
    DRAFT, AWAITING_APPROVAL, SENT, PARTIALLY_SIGNED, SIGNED, ACTIVE, EXPIRING, EXPIRED, TERMINATED, VOIDED;

    /** Out with the signatories: the text is fixed, an edit voids it and starts a new version. */
    public boolean outForSignature() {
        return this == SENT || this == PARTIALLY_SIGNED;
    }

    /** Signed by everyone and not yet over. */
    public boolean inForce() {
        return this == SIGNED || this == ACTIVE || this == EXPIRING;
    }
}

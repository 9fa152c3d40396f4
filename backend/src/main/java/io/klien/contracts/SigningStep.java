package io.klien.contracts;

/** A step of the signing ceremony, kept as evidence for the certificate page and recorded in the audit chain. */
public enum SigningStep {
    VIEWED, READ, CONSENTED, CONSENT_WITHDRAWN, CODE_SENT, CODE_VERIFIED, CODE_FAILED, SIGNED, DECLINED, COMPLETED,
    DOWNLOADED;

    /** The audit action, e.g. {@code contract.code-verified}. */
    public String auditAction() {
        return "contract." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package io.klien.contracts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying a PDF: the conclusion, its reason, and what the seal and Klien's record say (empty for a
 * document that is not Klien's).
 */
public record SealVerification(SealStatus status, SealFinding finding, @Nullable String sealedFor,
        @Nullable Instant sealedAt, @Nullable String verificationCode, @Nullable String documentSha256,
        @Nullable String fileSha256, List<SignedBy> signatories) {

    public SealVerification {
        signatories = List.copyOf(signatories);
    }

    /** A PDF that is not a Klien original of this firm, for the reason given. */
    public static SealVerification notKlien(SealFinding finding, @Nullable String fileSha256) {
        return new SealVerification(SealStatus.NOT_KLIEN_DOCUMENT, finding, null, null, null, null, fileSha256, List.of());
    }
}

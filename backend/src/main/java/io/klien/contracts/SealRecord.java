package io.klien.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What Klien recorded when it sealed a contract, as shown to someone who enters the verification code: the title and
 * content stay with whoever holds the PDF.
 */
public record SealRecord(String verificationCode, Instant sealedAt, String documentSha256, String sealedSha256,
        List<SignedBy> signatories) {

    public SealRecord {
        signatories = List.copyOf(signatories);
    }
}

package io.klien.contracts;

import java.time.Instant;
import java.util.UUID;

/** The sealed PDF of a fully signed contract, for download. */
public record SignedContractFile(UUID contractId, String fileName, byte[] pdf, String verificationCode,
        String sealedSha256, Instant sealedAt) {
}

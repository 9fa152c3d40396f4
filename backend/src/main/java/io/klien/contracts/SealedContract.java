package io.klien.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A sealed contract PDF and what identifies it: the code printed on its certificate page, the SHA-256 of the signed
 * document (before the certificate page and seal) and of the sealed file itself.
 */
public record SealedContract(UUID sealId, byte[] pdf, String verificationCode, String documentSha256,
        String sealedSha256, Instant sealedAt, UUID keyId) {
}

package io.klien.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A PDF sealed with the firm's seal key: the sealed file, its SHA-256, when, with which key, and the verification code it
 * is recorded under.
 */
public record SealedDocument(byte[] pdf, String sha256, Instant sealedAt, UUID keyId, String verificationCode) {
}

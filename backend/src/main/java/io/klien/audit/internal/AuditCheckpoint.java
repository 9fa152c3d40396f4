package io.klien.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code audit_checkpoint}: a chain's head at {@code seq}, signed with the checkpoint key. */
record AuditCheckpoint(UUID tenantId, long seq, String hash, Instant signedAt, String keyId, String signature) {
}

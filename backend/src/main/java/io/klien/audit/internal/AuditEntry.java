package io.klien.audit.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.audit.AuditEntryView;
import org.jspecify.annotations.Nullable;

/** One row of {@code audit_entry}: an entry and its place in the tenant's hash chain. */
record AuditEntry(UUID tenantId, long seq, UUID id, Instant occurredAt, @Nullable String actorSubject,
        @Nullable String actorName, String action, String targetType, @Nullable String targetId, @Nullable String ip,
        @Nullable String userAgent, @Nullable String before, @Nullable String after, String previousHash,
        String hash) {

    public AuditEntryView toView() {
        return new AuditEntryView(seq, id, occurredAt, actorSubject, actorName, action, targetType, targetId, ip,
                userAgent, before, after, previousHash, hash);
    }
}

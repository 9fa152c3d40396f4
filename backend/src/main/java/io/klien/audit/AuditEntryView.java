package io.klien.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One entry of a firm's audit log as admins browse it; {@code actorSubject} is null for system work. */
public record AuditEntryView(long seq, UUID id, Instant occurredAt, @Nullable String actorSubject,
        @Nullable String actorName, String action, String targetType, @Nullable String targetId, @Nullable String ip,
        @Nullable String userAgent, @Nullable String before, @Nullable String after, String previousHash,
        String hash) {
}

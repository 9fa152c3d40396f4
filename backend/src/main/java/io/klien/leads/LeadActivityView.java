package io.klien.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Something that happened on a lead. */
public record LeadActivityView(UUID id, UUID leadId, ActivityType type, Instant occurredAt,
        @Nullable String authorSubject, String text) {
}

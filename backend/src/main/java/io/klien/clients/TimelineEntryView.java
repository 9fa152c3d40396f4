package io.klien.clients;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An entry of a client's activity timeline. */
public record TimelineEntryView(UUID id, UUID clientId, String type, Instant occurredAt,
        @Nullable String authorSubject, String text) {
}

package io.klien.clients;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of a client's status history. */
public record StatusChangeView(@Nullable ClientStatus fromStatus, ClientStatus toStatus, Instant changedAt,
        @Nullable String changedBy) {
}

package io.klien.clients;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something to put on a client's activity timeline; {@code type} is free text such as CALL or STAGE_CHANGE, and
 * {@code originId} names the record it was carried over from (a lead activity), so it is carried only once.
 */
public record TimelineEntry(String type, Instant occurredAt, @Nullable String authorSubject, String text,
        @Nullable UUID originId) {
}

package io.klien.clients;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.PersonRef;
import org.jspecify.annotations.Nullable;

/** An entry of a client's activity timeline, its author named. */
public record TimelineEntryView(UUID id, UUID clientId, String type, Instant occurredAt,
        @Nullable PersonRef author, String text) {

    /** Who wrote or did it, by subject, or null for the system. */
    public @Nullable String authorSubject() {
        return PersonRef.subjectOf(author);
    }
}

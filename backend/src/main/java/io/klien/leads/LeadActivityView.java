package io.klien.leads;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.PersonRef;
import org.jspecify.annotations.Nullable;

/** Something that happened on a lead, its author named. */
public record LeadActivityView(UUID id, UUID leadId, ActivityType type, Instant occurredAt,
        @Nullable PersonRef author, String text) {

    /** Who wrote or did it, by subject, or null for the system. */
    public @Nullable String authorSubject() {
        return PersonRef.subjectOf(author);
    }
}

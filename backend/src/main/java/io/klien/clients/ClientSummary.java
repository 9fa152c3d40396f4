package io.klien.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.shared.PersonRef;
import org.jspecify.annotations.Nullable;

/** A row of the clients grid, its representative named. */
public record ClientSummary(UUID id, String name, ClientKind kind, ClientStatus status,
        @Nullable PersonRef representative, @Nullable LocalDate relationshipStart, List<String> tags) {

    /** Who represents the client, by subject, or null for nobody. */
    public @Nullable String representativeSubject() {
        return PersonRef.subjectOf(representative);
    }
}

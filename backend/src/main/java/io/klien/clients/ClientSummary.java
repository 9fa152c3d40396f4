package io.klien.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of the clients grid. */
public record ClientSummary(UUID id, String name, ClientKind kind, ClientStatus status,
        @Nullable String representativeSubject, @Nullable LocalDate relationshipStart, List<String> tags) {
}

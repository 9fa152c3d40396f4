package io.klien.clients;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client's contact person was added, edited or made the primary contact; the contact before and after. */
public record ClientContactChanged(UUID tenantId, UUID clientId, UUID contactId, Change change,
        @Nullable String before, @Nullable String after) {

    public enum Change { ADDED, UPDATED, MADE_PRIMARY }
}

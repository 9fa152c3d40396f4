package io.klien.clients;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The people serving a client changed: its representative, or a member joined or left its account team. */
public record ClientTeamChanged(UUID tenantId, UUID clientId, Change change, @Nullable String before,
        @Nullable String after) {

    public enum Change { REPRESENTATIVE, MEMBER_ADDED, MEMBER_REMOVED }
}

package io.klien.clients;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client's status changed (from none when it was created), by whom and when. */
public record ClientStatusChanged(UUID tenantId, UUID clientId, @Nullable ClientStatus from, ClientStatus to,
        Instant at, @Nullable String by) {
}

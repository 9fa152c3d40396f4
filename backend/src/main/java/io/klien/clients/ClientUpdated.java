package io.klien.clients;

import java.util.UUID;

/** Fields of a client record were edited: the changed fields before and after, as {@code field=value} lists. */
public record ClientUpdated(UUID tenantId, UUID clientId, String before, String after) {
}

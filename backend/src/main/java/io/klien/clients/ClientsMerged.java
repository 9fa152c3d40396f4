package io.klien.clients;

import java.util.UUID;

/** A duplicate client was merged into the survivor and no longer exists; references must follow the survivor. */
public record ClientsMerged(UUID tenantId, UUID survivorId, UUID mergedId) {
}

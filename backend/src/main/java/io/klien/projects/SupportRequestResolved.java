package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

/** The firm resolved a support request (the client may still confirm or reopen it). */
public record SupportRequestResolved(UUID tenantId, UUID requestId, long number, UUID clientId, Instant resolvedAt,
        boolean resolutionBreached) {
}

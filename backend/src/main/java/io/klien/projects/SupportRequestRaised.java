package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

/** A client raised a support request; its service-level targets are set. */
public record SupportRequestRaised(UUID tenantId, UUID requestId, long number, UUID clientId,
        SupportPriority priority, Instant firstResponseDue, Instant resolutionDue) {
}

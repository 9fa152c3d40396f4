package io.klien.projects;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A support request with its service-level timers: when the first reply and the resolution are due, when they
 * happened, and when either target was breached (null while kept).
 */
public record SupportRequestView(UUID id, long number, UUID clientId, @Nullable UUID projectId, String category,
        SupportPriority priority, String description, SupportState state, @Nullable String raisedBy,
        Instant raisedAt, @Nullable String assignee, Instant firstResponseDue, @Nullable Instant firstRespondedAt,
        @Nullable Instant firstResponseBreachedAt, Instant resolutionDue, @Nullable Instant resolutionBreachedAt,
        @Nullable Instant resolvedAt, @Nullable Instant closedAt, int reopenCount, List<UUID> documentIds,
        long version) {

    public boolean breached() {
        return firstResponseBreachedAt != null || resolutionBreachedAt != null;
    }
}

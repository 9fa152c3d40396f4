package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A support request a client raises, optionally about one of its projects. */
public record NewSupportRequest(UUID clientId, @Nullable UUID projectId, String category, SupportPriority priority,
        String description) {
}

package io.klien.projects;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One change of a project's status, with who changed it and why. */
public record StatusChangeView(@Nullable ProjectStatus from, ProjectStatus to, @Nullable String reason,
        @Nullable String changedBy, Instant changedAt) {
}

package io.klien.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A milestone with its progress: done when completed, else the share of its tasks that the reader may see and that
 * are done (0 without tasks).
 */
public record MilestoneView(UUID id, int position, String title, @Nullable String description, boolean deliverable,
        @Nullable LocalDate dueOn, @Nullable Instant completedAt, int progressPercent, long version) {

    public boolean completed() {
        return completedAt != null;
    }
}

package io.klien.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A task as its reader may see it. */
public record TaskView(UUID id, UUID projectId, @Nullable UUID milestoneId, String title, @Nullable String description,
        TaskVisibility visibility, @Nullable String assigneeSubject, @Nullable UUID assigneeContactId,
        @Nullable LocalDate dueOn, TaskState state, @Nullable Instant completedAt, long version) {
}

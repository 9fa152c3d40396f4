package io.klien.projects;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Time a team member logged on a project. */
public record TimeEntryView(UUID id, UUID projectId, String memberSubject, LocalDate date, Duration duration,
        boolean billable, @Nullable UUID taskId, @Nullable UUID deliverableId, @Nullable String note) {
}

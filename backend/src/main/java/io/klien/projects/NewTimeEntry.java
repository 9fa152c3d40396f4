package io.klien.projects;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Time a member of the team worked on a project: the day (in firm time, never in the future), how long (whole
 * minutes, more than none, at most 24 hours a day for one person across all projects), billable or not, and
 * optionally the task or deliverable it was for.
 */
public record NewTimeEntry(LocalDate date, Duration duration, boolean billable, @Nullable UUID taskId,
        @Nullable UUID deliverableId, @Nullable String note) {

    public static NewTimeEntry billable(LocalDate date, Duration duration) {
        return new NewTimeEntry(date, duration, true, null, null, null);
    }
}

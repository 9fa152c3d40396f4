package io.klien.projects;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task in a project, under a milestone or not, for a colleague ({@code assigneeSubject}), for one of the client's
 * contacts ({@code assigneeContactId}, then it must be shared) or for nobody yet.
 */
public record NewTask(String title, @Nullable String description, @Nullable UUID milestoneId,
        TaskVisibility visibility, @Nullable String assigneeSubject, @Nullable UUID assigneeContactId,
        @Nullable LocalDate dueOn) {

    public static NewTask internal(String title) {
        return new NewTask(title, null, null, TaskVisibility.INTERNAL, null, null, null);
    }
}

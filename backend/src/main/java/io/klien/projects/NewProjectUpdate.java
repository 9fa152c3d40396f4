package io.klien.projects;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A status update to post: what was done (required), what comes next, the risks, the period it covers (optional),
 * and an internal note for the team that the client never sees.
 */
public record NewProjectUpdate(String done, @Nullable String next, @Nullable String risks,
        @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable String internalNote) {

    public static NewProjectUpdate of(String done, @Nullable String next, @Nullable String risks) {
        return new NewProjectUpdate(done, next, risks, null, null, null);
    }
}

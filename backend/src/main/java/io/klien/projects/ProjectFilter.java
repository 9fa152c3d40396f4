package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Narrows the projects list: by lead, status, client, and those past their end date and not done. */
public record ProjectFilter(@Nullable String leadSubject, @Nullable ProjectStatus status, @Nullable UUID clientId,
        boolean overdueOnly) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, false);
    }
}

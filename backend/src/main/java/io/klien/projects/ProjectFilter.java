package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the projects list: by lead, status, client, those past their end date and not done, those over a quota
 * in the current period (a month, or the whole contract), and those with a deliverable version awaiting the client.
 */
public record ProjectFilter(@Nullable String leadSubject, @Nullable ProjectStatus status, @Nullable UUID clientId,
        boolean overdueOnly, boolean overQuotaOnly, boolean awaitingClientOnly) {

    public ProjectFilter(@Nullable String leadSubject, @Nullable ProjectStatus status, @Nullable UUID clientId,
            boolean overdueOnly) {
        this(leadSubject, status, clientId, overdueOnly, false, false);
    }

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, false);
    }
}

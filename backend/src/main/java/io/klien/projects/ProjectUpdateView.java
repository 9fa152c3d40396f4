package io.klien.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A status update of a project. {@code internalNote} and {@code authorSubject} are the team's: always {@code null}
 * for a client user.
 */
public record ProjectUpdateView(UUID id, UUID projectId, @Nullable String authorSubject, String authorName,
        @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, String done, @Nullable String next,
        @Nullable String risks, @Nullable String internalNote, Instant postedAt, int replies) {
}

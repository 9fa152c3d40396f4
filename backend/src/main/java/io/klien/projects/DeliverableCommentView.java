package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A comment on a version of a deliverable; a reply names the comment it answers. */
public record DeliverableCommentView(UUID id, UUID versionId, @Nullable UUID parentId, @Nullable String authorSubject,
        String authorName, String body, Instant createdAt) {
}

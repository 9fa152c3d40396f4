package io.klien.projects;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A message in a thread, with the team members it mentions and the documents attached to it. */
public record DiscussionMessageView(UUID id, UUID threadId, @Nullable UUID parentId, @Nullable String authorSubject,
        String authorName, String body, Instant createdAt, List<String> mentions, List<UUID> documentIds) {
}

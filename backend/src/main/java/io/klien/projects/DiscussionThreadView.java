package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A discussion thread with how many of its messages the reader has not read. */
public record DiscussionThreadView(UUID id, UUID projectId, @Nullable UUID deliverableId, String title,
        ThreadVisibility visibility, Instant createdAt, @Nullable String createdBy, @Nullable Instant lastMessageAt,
        long unread) {
}

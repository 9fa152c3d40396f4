package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

/** A reply in the thread of a status update, by the client or the team. */
public record ProjectUpdateReplyView(UUID id, UUID updateId, String authorName, boolean fromClient, String body,
        Instant createdAt) {
}

package io.klien.projects;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Someone posted in a project's discussion; mentioned team members and followers hear of it after commit. */
public record DiscussionMessagePosted(UUID tenantId, UUID projectId, UUID clientId, UUID threadId, UUID messageId,
        boolean internal, @Nullable String authorSubject, List<String> mentions) {

    public DiscussionMessagePosted {
        mentions = List.copyOf(mentions);
    }
}

package io.klien.projects;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message to post in a thread.
 *
 * @param parentId the message it replies to (in the same thread), or null
 * @param mentions subjects of project team members to notify
 * @param documentIds documents already stored for the project's client, to attach
 */
public record NewMessage(String body, @Nullable UUID parentId, List<String> mentions, List<UUID> documentIds) {

    public NewMessage {
        mentions = List.copyOf(mentions);
        documentIds = List.copyOf(documentIds);
    }

    public static NewMessage of(String body) {
        return new NewMessage(body, null, List.of(), List.of());
    }
}

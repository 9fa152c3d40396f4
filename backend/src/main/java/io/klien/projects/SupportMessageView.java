package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A reply on a support request, from the firm or from the client. */
public record SupportMessageView(UUID id, UUID requestId, @Nullable String authorSubject, String authorName,
        boolean fromFirm, String body, Instant createdAt) {
}

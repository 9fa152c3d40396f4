package io.klien.testimonials;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A detractor's answer opened a follow-up for the client's representative. */
public record DetractorFollowUpOpened(UUID tenantId, UUID followUpId, UUID clientId, @Nullable String assignee,
        int score) {
}

package io.klien.testimonials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A follow-up a detractor's answer opened for the client's representative ({@code assignee}, null for nobody). */
public record FollowUpView(UUID id, UUID clientId, UUID surveyId, @Nullable String assignee, int score,
        @Nullable String comment, FollowUpState state, Instant openedAt, @Nullable Instant doneAt,
        @Nullable String doneBy, @Nullable String note) {
}

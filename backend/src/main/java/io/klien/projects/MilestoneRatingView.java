package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client user's rating of a completed milestone (1 to 5), with the comment they left. */
public record MilestoneRatingView(UUID id, UUID projectId, UUID milestoneId, String milestoneTitle, String raterName,
        int score, @Nullable String comment, Instant ratedAt, Instant changedAt) {
}

package io.klien.onboarding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A comment on a step, seen by both sides; {@code parentId} is the comment it answers. */
public record CommentView(UUID id, UUID stepId, @Nullable UUID parentId, String authorSubject, StepSide authorSide,
        String text, Instant createdAt) {
}

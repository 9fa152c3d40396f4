package io.klien.onboarding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment on a step; {@code parentId} is the comment it answers. An {@code internal} comment is seen by the firm
 * only, a shared one by both sides.
 */
public record CommentView(UUID id, UUID stepId, @Nullable UUID parentId, String authorSubject, StepSide authorSide,
        String text, boolean internal, Instant createdAt) {
}

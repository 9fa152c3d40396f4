package io.klien.onboarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Someone commented on a step; the other side is told (the client never of an internal comment). */
public record StepCommented(UUID tenantId, UUID onboardingId, UUID stepId, UUID commentId, @Nullable UUID parentId,
        String authorSubject, StepSide authorSide, boolean internal) {
}

package io.klien.onboarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A step was done, by the firm or by the client ({@code side}); notifications tell the other side. */
public record OnboardingStepCompleted(UUID tenantId, UUID onboardingId, UUID stepId, UUID clientId, StepType type,
        StepSide side, @Nullable String completedBy, @Nullable String representativeSubject) {
}

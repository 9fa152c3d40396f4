package io.klien.onboarding;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Every required step of an onboarding is done: the client is active; {@code duration} is start to completion. */
public record OnboardingCompleted(UUID tenantId, UUID onboardingId, UUID clientId,
        @Nullable String representativeSubject, Duration duration) {
}

package io.klien.onboarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Staff started onboarding a client from a template. */
public record OnboardingStarted(UUID tenantId, UUID onboardingId, UUID clientId, UUID templateId,
        @Nullable String representativeSubject) {
}

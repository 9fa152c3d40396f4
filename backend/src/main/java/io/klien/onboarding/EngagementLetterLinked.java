package io.klien.onboarding;

import java.util.UUID;

/** A contract became an onboarding's engagement letter: its signing completes the letter step. */
public record EngagementLetterLinked(UUID tenantId, UUID onboardingId, UUID stepId, UUID contractId, UUID clientId) {
}

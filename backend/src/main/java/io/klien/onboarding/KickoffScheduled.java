package io.klien.onboarding;

import java.util.UUID;

/** Staff scheduled a kickoff meeting, or moved it; its attendees get the (updated) calendar invitation. */
public record KickoffScheduled(UUID tenantId, UUID onboardingId, UUID stepId) {
}

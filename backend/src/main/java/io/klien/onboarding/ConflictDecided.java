package io.klien.onboarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Staff decided a conflict-of-interest check: clear, waived (with its reason) or a conflict. */
public record ConflictDecided(UUID tenantId, UUID onboardingId, UUID stepId, ConflictDecision decision,
        @Nullable String reason) {
}

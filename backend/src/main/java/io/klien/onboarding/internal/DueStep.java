package io.klien.onboarding.internal;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.onboarding.StepSide;
import org.jspecify.annotations.Nullable;

/** A step still to be done by its due date, with its onboarding's client and representative: what a reminder needs. */
record DueStep(UUID stepId, UUID onboardingId, UUID clientId, String title, StepSide ownerSide,
        @Nullable String assigneeSubject, @Nullable String representativeSubject, LocalDate dueDate) {
}

package io.klien.onboarding;

import org.jspecify.annotations.Nullable;

/** What a step asks for, and so how it is completed and what it records ({@link StepOutcome}). */
public enum StepType {
    INTAKE_FORM(FormAnswers.class),
    DOCUMENT_REQUEST(AttachedDocuments.class),
    CONFLICT_CHECK(ConflictCheckView.class),
    KYC(KycView.class),
    INTERNAL_TASK(null),
    KICKOFF_MEETING(KickoffView.class),
    ENGAGEMENT_LETTER(LetterSignature.class);

    private final @Nullable Class<? extends StepOutcome> outcomeType;

    StepType(@Nullable Class<? extends StepOutcome> outcomeType) {
        this.outcomeType = outcomeType;
    }

    /** The record its steps store when worked on; {@code null} when completing one records nothing. */
    public @Nullable Class<? extends StepOutcome> outcomeType() {
        return outcomeType;
    }
}

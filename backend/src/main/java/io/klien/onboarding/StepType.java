package io.klien.onboarding;

/** What a step asks for, and so how it is completed. */
public enum StepType {
    INTAKE_FORM, DOCUMENT_REQUEST, CONFLICT_CHECK, KYC, INTERNAL_TASK, KICKOFF_MEETING, ENGAGEMENT_LETTER
}

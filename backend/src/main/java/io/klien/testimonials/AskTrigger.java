package io.klien.testimonials;

/**
 * Why a contact was asked: by a colleague's hand, after the client approved a deliverable, after a project was
 * completed, after a contract was renewed, or some days after the client's onboarding completed.
 */
public enum AskTrigger {
    MANUAL, DELIVERABLE_APPROVED, PROJECT_COMPLETED, CONTRACT_RENEWED, ONBOARDING_COMPLETED
}

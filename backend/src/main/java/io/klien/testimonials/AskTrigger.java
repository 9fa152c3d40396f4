package io.klien.testimonials;

/** Why a contact was asked: by a colleague's hand, or after the client approved a deliverable. */
public enum AskTrigger {
    MANUAL, DELIVERABLE_APPROVED
}

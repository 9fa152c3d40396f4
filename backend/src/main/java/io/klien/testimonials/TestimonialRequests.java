package io.klien.testimonials;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * Asking client contacts for a testimonial: by hand, or automatically (each trigger switched on in the firm's
 * {@link AskRules}) after an approved deliverable (the contact who approved it, else the client's primary contact), a
 * completed project or a renewed contract (the primary contact), or some days after onboarding
 * ({@link OnboardingAskRun}, the primary contact); always within the rules. A contact with a portal account is
 * prompted in the portal; anyone else gets a single-use link ({@link TestimonialLinks}). Either way the contact is
 * mailed ({@link TestimonialRequested}) in their language: a portal user's own choice, else the firm's.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface TestimonialRequests {

    /** The firm's ask rules (the defaults until an admin sets them). */
    AskRules rules();

    /** A tenant admin sets the firm's ask rules. */
    @FirmRoles(TENANT_ADMIN)
    AskRules changeRules(AskRules rules);

    /** Asks a contact of the client by hand; refused when the rules say not now, saying which rule. */
    IssuedAsk ask(UUID clientId, UUID contactId);

    /** The asks made to a client's contacts, newest first. */
    List<TestimonialRequestView> ofClient(UUID clientId);

    /** The client user's open asks in the portal, newest first. */
    @FirmRoles(CLIENT)
    List<TestimonialRequestView> openForMe();
}

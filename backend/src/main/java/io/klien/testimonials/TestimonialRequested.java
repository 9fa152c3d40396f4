package io.klien.testimonials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contact was asked for a testimonial ({@code trigger}, and for an automatic ask what it came from:
 * {@code sourceId} is the approved deliverable version, the completed project, the renewal contract or the completed
 * onboarding). The contact is mailed at {@code contactEmail} in {@code language}. A portal user ({@code portalSubject})
 * answers at {@code linkPath}, {@link TestimonialLinks#PORTAL_ROUTE}; anyone else at a single-use link whose token is
 * never part of this event (the registry keeps events in the database): {@code linkPath} is null then, and the
 * testimonials module mails the link itself.
 */
public record TestimonialRequested(UUID tenantId, UUID requestId, UUID clientId, UUID contactId, String contactName,
        @Nullable String contactEmail, AskTrigger trigger, @Nullable UUID sourceId, @Nullable String portalSubject,
        @Nullable String linkPath, String language, Instant expiresAt) {
}

package io.klien.testimonials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contact was asked for a testimonial: the mail goes to {@code contactEmail} in {@code language}, with the link
 * path (carrying the single-use token) for a contact without a portal account, or a portal prompt for
 * {@code portalSubject}.
 */
public record TestimonialRequested(UUID tenantId, UUID requestId, UUID clientId, UUID contactId, String contactName,
        @Nullable String contactEmail, AskTrigger trigger, @Nullable String portalSubject, @Nullable String linkPath,
        String language, Instant expiresAt) {
}

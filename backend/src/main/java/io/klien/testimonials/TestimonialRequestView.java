package io.klien.testimonials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An ask for a testimonial made to a client contact: answered in the portal ({@code portal}) or through a single-use
 * link, open until it is used or expires.
 */
public record TestimonialRequestView(UUID id, UUID clientId, UUID contactId, String contactName, AskTrigger trigger,
        boolean portal, Instant askedAt, @Nullable String askedBy, Instant expiresAt, @Nullable Instant usedAt) {
}

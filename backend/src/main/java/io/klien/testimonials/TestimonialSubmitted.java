package io.klien.testimonials;

import java.util.UUID;

/** A client gave a testimonial or edited one: it waits for moderation ({@code edited} for an edit). */
public record TestimonialSubmitted(UUID tenantId, UUID testimonialId, UUID clientId, boolean edited) {
}

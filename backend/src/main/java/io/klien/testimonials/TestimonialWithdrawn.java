package io.klien.testimonials;

import java.util.UUID;

/** The client withdrew a testimonial: it is shown nowhere from now on. */
public record TestimonialWithdrawn(UUID tenantId, UUID testimonialId, UUID clientId) {
}

package io.klien.testimonials;

import java.util.UUID;

/**
 * Staff changed what may be shown of a testimonial (approved, rejected, published or not, featured, tagged, an edit
 * suggested) or the client accepted or declined a suggested edit: published copies are out of date.
 */
public record TestimonialModerated(UUID tenantId, UUID testimonialId, UUID clientId, TestimonialState state,
        boolean published) {
}

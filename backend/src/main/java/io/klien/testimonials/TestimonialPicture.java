package io.klien.testimonials;

import java.time.Instant;
import java.util.UUID;

/** A testimonial's picture as stored: re-encoded by Klien, with its content type and when it last changed. */
public record TestimonialPicture(UUID testimonialId, PictureKind kind, byte[] content, String contentType,
        Instant updatedAt) {
}

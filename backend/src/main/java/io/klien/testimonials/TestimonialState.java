package io.klien.testimonials;

/**
 * Where a testimonial stands in moderation: submitted (new or edited by the client), an edit suggested by staff
 * that waits for the client, approved (may be published), rejected, or withdrawn by the client (for good).
 */
public enum TestimonialState {
    SUBMITTED, SUGGESTED_EDIT, APPROVED, REJECTED, WITHDRAWN
}

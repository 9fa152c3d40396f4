package io.klien.testimonials;

/** Where a client allows a testimonial to appear. */
public enum ConsentScope {
    WEBSITE, PROPOSALS, SOCIAL_MEDIA
}

package io.klien.testimonials;

/** What a testimonial's picture shows: its author's face, or their company's logo. */
public enum PictureKind {
    PHOTO, LOGO
}

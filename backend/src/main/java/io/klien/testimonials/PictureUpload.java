package io.klien.testimonials;

/** A picture a client adds to their testimonial, as uploaded: Klien checks it by its bytes and resizes it. */
public record PictureUpload(PictureKind kind, byte[] content) {
}

package io.klien.testimonials;

/** The consent text a client agrees to when giving a testimonial, in one language and version. */
public record ConsentText(int version, String language, String body) {
}

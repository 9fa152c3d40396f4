package io.klien.testimonials;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A testimonial that may be shown in one place: approved, published, not withdrawn, with consent for the place; named
 * as the client chose ({@code shownName}; title, company and picture only with the full name). Plain text, never
 * markup.
 */
public record PublishedTestimonial(UUID id, int rating, String text, String shownName, @Nullable String title,
        @Nullable String company, boolean featured, @Nullable String serviceLine, @Nullable String industry,
        VerifiedFacts verified, @Nullable PictureKind picture) {
}

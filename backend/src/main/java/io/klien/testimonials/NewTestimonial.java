package io.klien.testimonials;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a client gives: a rating from 1 to 5, the text (plain text, kept as typed), how they want to be shown, and
 * their consent: where it may appear, how they are named, and the version and language of the consent text shown.
 */
public record NewTestimonial(int rating, String text, String displayName, @Nullable String displayTitle,
        @Nullable String displayCompany, Set<ConsentScope> scopes, Attribution attribution, int consentVersion,
        String consentLanguage) {

    public NewTestimonial {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}

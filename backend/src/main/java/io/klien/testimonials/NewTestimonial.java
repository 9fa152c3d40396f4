package io.klien.testimonials;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a client gives: a rating from 1 to 5, the text (plain text, kept as typed), how they want to be shown, and
 * their consent: where it may appear, how they are named, and the version and language of the consent text shown;
 * optionally a picture (their photo or company logo; on an edit, none keeps the one there is).
 */
public record NewTestimonial(int rating, String text, String displayName, @Nullable String displayTitle,
        @Nullable String displayCompany, Set<ConsentScope> scopes, Attribution attribution, int consentVersion,
        String consentLanguage, @Nullable PictureUpload picture) {

    public NewTestimonial {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** A testimonial without a picture. */
    public NewTestimonial(int rating, String text, String displayName, @Nullable String displayTitle,
            @Nullable String displayCompany, Set<ConsentScope> scopes, Attribution attribution, int consentVersion,
            String consentLanguage) {
        this(rating, text, displayName, displayTitle, displayCompany, scopes, attribution, consentVersion,
                consentLanguage, null);
    }

    /** The same testimonial with this picture. */
    public NewTestimonial withPicture(@Nullable PictureUpload upload) {
        return new NewTestimonial(rating, text, displayName, displayTitle, displayCompany, scopes, attribution,
                consentVersion, consentLanguage, upload);
    }
}

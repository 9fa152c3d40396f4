package io.klien.testimonials;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A testimonial as staff and its own client see it, with its consent record and moderation; {@code text} and the
 * names are plain text exactly as given (a page escapes them), {@code suggestedText} a staff edit waiting for the
 * client, {@code picture} what its picture shows (none without one).
 */
public record TestimonialView(UUID id, UUID clientId, @Nullable UUID requestId, @Nullable String givenBy, int rating,
        String text, String displayName, @Nullable String displayTitle, @Nullable String displayCompany,
        Set<ConsentScope> scopes, Attribution attribution, int consentVersion, String consentLanguage,
        Instant consentedAt, @Nullable String consentIp, @Nullable String consentUserAgent, TestimonialState state,
        boolean published, boolean featured, @Nullable String serviceLine, @Nullable String industry,
        @Nullable String rejectReason, @Nullable String suggestedText, Instant submittedAt,
        @Nullable Instant moderatedAt, @Nullable Instant withdrawnAt, long version, @Nullable PictureKind picture) {
}

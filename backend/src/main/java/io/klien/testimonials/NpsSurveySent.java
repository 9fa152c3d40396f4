package io.klien.testimonials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An NPS survey went to a client contact: mailed to {@code email} (with {@code linkPath}, the single-use link, when
 * the contact has no portal account) in {@code language}.
 */
public record NpsSurveySent(UUID tenantId, UUID surveyId, UUID clientId, UUID contactId, String contactName,
        String email, @Nullable String portalSubject, @Nullable String linkPath, String language,
        Instant expiresAt) {
}

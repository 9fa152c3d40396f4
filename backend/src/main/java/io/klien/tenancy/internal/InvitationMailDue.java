package io.klien.tenancy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An issued invitation whose mail goes out once the invitation has committed: the identity provider's set-password
 * mail for a person without a password, else Klien's own mail in {@code languageTag}, the firm's time zone for the
 * expiry. Carries the accept link (with its token) only until delivered: completed publications are deleted.
 */
record InvitationMailDue(UUID tenantId, UUID invitationId, String personId, boolean needsPassword, String email,
        String name, String firmName, String languageTag, String timeZone, String acceptUrl, Instant expiresAt,
        Duration lifetime) {
}

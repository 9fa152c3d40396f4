package io.klien.tenancy;

import java.util.UUID;

import io.klien.shared.FirmRole;
import org.jspecify.annotations.Nullable;

/** A person accepted an invitation: their membership in the firm is active from now on (a client user's client). */
public record InvitationAccepted(UUID tenantId, UUID membershipId, String subject, FirmRole role, @Nullable UUID clientId) {
}

package io.klien.tenancy;

import java.util.UUID;

import io.klien.shared.FirmRole;
import org.jspecify.annotations.Nullable;

/** One person's membership in one firm. */
public record MembershipView(UUID tenantId, UUID id, String subject, String email, String displayName, FirmRole role,
        @Nullable UUID clientId, MembershipStatus status) {

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }
}

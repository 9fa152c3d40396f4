package io.klien.tenancy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A membership was added, changed role, or was deactivated; carries before and after for the audit log. */
public record MembershipChanged(UUID tenantId, UUID membershipId, String email, String change,
        @Nullable String before, String after) {
}

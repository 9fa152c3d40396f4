package io.klien.tenancy;

import java.util.UUID;

import io.klien.shared.FirmRole;
import org.jspecify.annotations.Nullable;

/** A person joining the active firm in a role; client members name the client they belong to. */
public record NewMember(String subject, String email, String displayName, FirmRole role, @Nullable UUID clientId,
        MembershipStatus status) {
}

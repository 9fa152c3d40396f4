package io.klien.shared;

/**
 * A member's role inside one firm, as the active membership carries it. Platform operators are not a firm role:
 * they are an identity-provider realm role, guarded with {@link io.klien.shared.permission.PlatformOperator}.
 */
public enum FirmRole {
    TENANT_ADMIN, STAFF, CLIENT
}

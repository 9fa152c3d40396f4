package io.klien.tenancy;

/** A member's role inside one firm. Platform operators are a Keycloak realm role instead. */
public enum Role {
    TENANT_ADMIN, STAFF, CLIENT
}

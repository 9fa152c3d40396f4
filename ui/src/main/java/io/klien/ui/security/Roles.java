package io.klien.ui.security;

/** Role names as views declare them in {@code @RolesAllowed}. */
public final class Roles {

    /** Operators of the Klien platform: provision firms. A Keycloak realm role. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    private Roles() {
    }
}

package io.klien.ui.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The person using the app right now, as views need them: independent of how the identity provider said it. */
public record SignedInUser(String subject, String displayName, @Nullable String email, Set<String> roles,
        Set<String> organizations) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

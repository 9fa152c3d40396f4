package io.klien.ui.security;

import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Who is signed in, for views and services that act on their behalf. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof OidcUser oidc)) {
            return Optional.empty();
        }
        return Optional.of(new SignedInUser(oidc.getSubject(), displayName(oidc), oidc.getEmail(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring("ROLE_".length()))
                        .collect(Collectors.toUnmodifiableSet())));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
    }

    static String displayName(OidcUser oidc) {
        if (oidc.getFullName() != null && !oidc.getFullName().isBlank()) {
            return oidc.getFullName();
        }
        String joined = String.join(" ",
                oidc.getGivenName() == null ? "" : oidc.getGivenName(),
                oidc.getFamilyName() == null ? "" : oidc.getFamilyName()).strip();
        if (!joined.isEmpty()) {
            return joined;
        }
        if (oidc.getPreferredUsername() != null) {
            return oidc.getPreferredUsername();
        }
        return oidc.getEmail() != null ? oidc.getEmail() : oidc.getSubject();
    }
}

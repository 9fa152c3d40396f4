package io.klien.ui.security;

import java.util.Optional;
import java.util.Set;
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
                        .collect(Collectors.toUnmodifiableSet()),
                organizations(oidc.getClaims().get("organization"))));
    }

    /** Keycloak's organization claim: a list of aliases, or a map keyed by alias when ids are included. */
    static Set<String> organizations(Object claim) {
        if (claim instanceof java.util.Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof java.util.Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
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

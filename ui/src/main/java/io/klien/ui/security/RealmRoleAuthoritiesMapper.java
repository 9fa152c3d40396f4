package io.klien.ui.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Turns the realm roles Keycloak puts in the ID token's {@code roles} claim into {@code ROLE_} authorities. Only
 * platform-wide roles live in Keycloak; which firm a user works in, and in what role, the app decides itself.
 */
class RealmRoleAuthoritiesMapper implements GrantedAuthoritiesMapper {

    static final Set<String> REALM_ROLES = Set.of(Roles.PLATFORM_ADMIN);

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                Object claim = oidc.getIdToken().getClaims().get("roles");
                if (claim instanceof List<?> roles) {
                    roles.stream()
                            .map(String::valueOf)
                            .filter(REALM_ROLES::contains)
                            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .forEach(mapped::add);
                }
            }
        }
        return mapped;
    }
}

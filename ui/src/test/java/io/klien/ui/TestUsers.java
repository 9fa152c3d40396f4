package io.klien.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Signed-in users for browserless tests, shaped as Keycloak's OIDC sign-in leaves them. */
public final class TestUsers {

    private TestUsers() {
    }

    public enum DemoUser {
        STAFF("staff-subject", "Rudi", "Santoso", "rudi@hartono-law.test"),
        PLATFORM_ADMIN("operator-subject", "Olivia", "Operator", "operator@klien.test", "PLATFORM_ADMIN");

        final String subject;
        final String givenName;
        final String familyName;
        final String email;
        final List<String> roles;

        DemoUser(String subject, String givenName, String familyName, String email, String... roles) {
            this.subject = subject;
            this.givenName = givenName;
            this.familyName = familyName;
            this.email = email;
            this.roles = List.of(roles);
        }
    }

    /** Runs the test signed in as the given demo user, from before the UI is created. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @WithSecurityContext(factory = SignedInAsFactory.class)
    public @interface SignedInAs {
        DemoUser value();
    }

    static final class SignedInAsFactory implements WithSecurityContextFactory<SignedInAs> {

        @Override
        public SecurityContext createSecurityContext(SignedInAs annotation) {
            DemoUser user = annotation.value();
            OidcIdToken token = new OidcIdToken("token-" + user.subject, Instant.now(), Instant.now().plusSeconds(300),
                    Map.of("sub", user.subject, "given_name", user.givenName, "family_name", user.familyName,
                            "name", user.givenName + " " + user.familyName, "email", user.email, "roles", user.roles));
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new OidcUserAuthority(token));
            user.roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"),
                    authorities, "keycloak"));
            return context;
        }
    }
}

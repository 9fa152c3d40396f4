package io.klien.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.shared.tenant.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

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
        STAFF("Rudi", "Santoso", "rudi@hartono-law.test", "STAFF"),
        TENANT_ADMIN("Lena", "Hartono", "lena@hartono-law.test", "TENANT_ADMIN"),
        PLATFORM_ADMIN("Olivia", "Operator", "operator@klien.test", "PLATFORM_ADMIN"),
        /** Budi, a portal user of Hartono &amp; Partners' client PT Maju Jaya (and a client of Studio Kanvas). */
        CLIENT("Budi", "Setiawan", "budi@maju-jaya.test", "CLIENT");

        final String givenName;
        final String familyName;
        final String email;
        final List<String> roles;

        DemoUser(String givenName, String familyName, String email, String... roles) {
            this.givenName = givenName;
            this.familyName = familyName;
            this.email = email;
            this.roles = List.of(roles);
        }

        /** This person's subject in the running test class's own firms. */
        public String subject() {
            return OwnFirms.current().subject(this);
        }
    }

    /**
     * Binds the test user's firm (the test class's own Hartono &amp; Partners) as the request filter does in the app;
     * the portal user with their client. Operators act without a firm.
     */
    public static TenantContext.Binding actInDemoFirm(DemoUser user, JdbcTemplate jdbc, TransactionTemplate tx) {
        if (user == DemoUser.PLATFORM_ADMIN) {
            return TenantContext.bind(TenantContext.Scope.person(user.subject(), true));
        }
        UUID firm = OwnFirms.current().hartono();
        UUID client = user == DemoUser.CLIENT ? TenantContext.callIn(TenantContext.Scope.system(firm),
                () -> tx.execute(s -> jdbc.queryForObject("select client_id from membership where subject = ?",
                        UUID.class, user.subject()))) : null;
        return TenantContext.bind(TenantContext.Scope.member(firm, user.subject(), user.roles.getFirst(), client, false));
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
            String subject = user.subject();
            OidcIdToken token = new OidcIdToken("token-" + subject, Instant.now(), Instant.now().plusSeconds(300),
                    Map.of("sub", subject, "given_name", user.givenName, "family_name", user.familyName,
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

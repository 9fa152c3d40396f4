package io.klien.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.klien.identity.EndedSessions;
import io.klien.identity.IdentityDirectory;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A session ends at its next request when Keycloak, the firm or the operator role says it should. */
@SpringBootTest
class SessionsEndTests {

    @Autowired EndedSessions endedSessions;
    @Autowired Memberships memberships;
    @Autowired Tenants tenants;
    @Autowired IdentityDirectory directory;
    @Autowired Keycloak keycloak;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void forgetRequest() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBackChannelLogoutReceivedByOneReplicaEndsTheSessionHeldByAnother() throws Exception {
        String sid = "kc-session-" + UUID.randomUUID();
        // replica B holds the signed-in session; replica A holds none of it, so only the shared table can carry the logout
        EndedSessionFilter replicaB = new EndedSessionFilter(endedSessions);
        AtomicReference<Authentication> localLogoutOnA = new AtomicReference<>();
        BackChannelLogoutRecorder replicaA = new BackChannelLogoutRecorder(endedSessions,
                (request, response, authentication) -> localLogoutOnA.set(authentication));
        MockHttpSession sessionOnB = new MockHttpSession();
        Authentication signedIn = signedIn("6b1e0000-0000-4000-8000-000000000003", sid, List.of());

        assertThat(requestOn(replicaB, sessionOnB, signedIn)).as("before the logout the request goes on signed in")
                .isSameAs(signedIn);
        assertThat(sessionOnB.isInvalid()).isFalse();

        OidcLogoutToken logoutToken = OidcLogoutToken.withTokenValue("verified-by-spring-security")
                .issuer("http://localhost:8180/realms/klien").subject("6b1e0000-0000-4000-8000-000000000003")
                .sessionId(sid).audience(List.of("klien-app")).issuedAt(Instant.now()).jti(UUID.randomUUID().toString())
                .events(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of())).build();
        replicaA.logout(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new TestingAuthenticationToken(logoutToken, logoutToken));

        assertThat(localLogoutOnA.get()).as("replica A still ends the sessions it holds itself").isNotNull();
        assertThat(requestOn(replicaB, sessionOnB, signedIn)).as("the next request on B goes on as nobody").isNull();
        assertThat(sessionOnB.isInvalid()).isTrue();

        MockHttpSession otherSignIn = new MockHttpSession();
        Authentication other = signedIn("6b1e0000-0000-4000-8000-000000000003", "kc-session-" + UUID.randomUUID(), List.of());
        assertThat(requestOn(replicaB, otherSignIn, other)).as("another sign-in of the same person is not affected")
                .isSameAs(other);
    }

    @Test
    void aSuspendedFirmIsLeftAtTheNextRequest() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID firm = TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm("suspend-" + suffix, "Suspended " + suffix, TenantKind.OTHER, "en", "UTC")).id());
        String subject = "temp-" + UUID.randomUUID();
        TenantContext.runIn(Scope.system(firm), () -> memberships.add(
                new NewMember(subject, subject + "@suspended.test", "Temp Admin", FirmRole.TENANT_ADMIN, null, MembershipStatus.ACTIVE)));
        ActiveFirm activeFirm = new ActiveFirm(memberships, tenants, new PlatformOperators(directory, clock, Duration.ZERO));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(ActiveFirm.SESSION_KEY, firm);
        Authentication signedIn = signedIn(subject, "kc-" + suffix, List.of());
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(signedIn));

        assertThat(activeFirm.scopeFor(session, signedIn).tenantId()).isEqualTo(firm);

        jdbc.update("update tenant set status = 'SUSPENDED' where id = ?", firm);
        Scope afterSuspension = activeFirm.scopeFor(session, signedIn);

        assertThat(afterSuspension.tenantId()).isNull();
        assertThat(afterSuspension.role()).isNull();
        assertThat(session.getAttribute(ActiveFirm.SESSION_KEY)).isNull();
    }

    @Test
    void anOperatorWhoseRoleIsRemovedInKeycloakLosesItAtTheNextRequest() {
        UserResource operator = newKeycloakUser();
        String subject = operator.toRepresentation().getId();
        RoleRepresentation platformAdmin = keycloak.realm("klien").roles().get(Roles.PLATFORM_ADMIN).toRepresentation();
        operator.roles().realmLevel().add(List.of(platformAdmin));
        ActiveFirm activeFirm = new ActiveFirm(memberships, tenants, new PlatformOperators(directory, clock, Duration.ZERO));
        MockHttpSession session = new MockHttpSession();
        Authentication signedIn = signedIn(subject, "kc-" + subject,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PLATFORM_ADMIN)));
        SecurityContext stored = new SecurityContextImpl(signedIn);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, stored);

        assertThat(activeFirm.scopeFor(session, signedIn).platformAdmin()).isTrue();
        assertThat(roles(stored.getAuthentication())).contains("ROLE_" + Roles.PLATFORM_ADMIN);

        operator.roles().realmLevel().remove(List.of(platformAdmin));
        Scope next = activeFirm.scopeFor(session, stored.getAuthentication());

        assertThat(next.platformAdmin()).as("the token still says operator; Keycloak no longer does").isFalse();
        assertThat(roles(stored.getAuthentication())).doesNotContain("ROLE_" + Roles.PLATFORM_ADMIN);
        operator.remove();
    }

    /** One request through the filter; returns who the rest of the chain saw acting. */
    private static Authentication requestOn(EndedSessionFilter replica, MockHttpSession session, Authentication signedIn)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        replica.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        SecurityContextHolder.clearContext();
        return seen.get();
    }

    private UserResource newKeycloakUser() {
        UserRepresentation user = new UserRepresentation();
        String email = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@klien.test";
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        try (Response created = keycloak.realm("klien").users().create(user)) {
            return keycloak.realm("klien").users().get(CreatedResponseUtil.getCreatedId(created));
        }
    }

    private static Authentication signedIn(String subject, String sid, List<GrantedAuthority> extra) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", subject, "sid", sid));
        List<GrantedAuthority> authorities = new ArrayList<>(extra);
        authorities.add(new OidcUserAuthority(token));
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "keycloak");
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}

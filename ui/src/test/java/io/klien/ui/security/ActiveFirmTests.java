package io.klien.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientMerges;
import io.klien.clients.Clients;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.ui.OwnFirms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** The firm in a session is confirmed against the membership table on every request. */
@SpringBootTest
@ExtendWith(OwnFirms.class)
class ActiveFirmTests {

    @Autowired ActiveFirm activeFirm;
    @Autowired Memberships memberships;
    @Autowired Tenants tenants;
    @Autowired Clients clients;
    @Autowired ClientMerges merges;
    @Autowired PlatformOperators operators;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void roleComesFromTheMembershipTableAndDeactivationTakesTheFirmAwayAtTheNextRequest() {
        UUID hartono = OwnFirms.current().hartono();
        String subject = "temp-" + UUID.randomUUID();
        MembershipView member = TenantContext.callIn(Scope.system(hartono), () -> memberships.add(
                new NewMember(subject, subject + "@hartono-law.test", "Temp Staff", FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
        MockHttpSession session = new MockHttpSession();
        Authentication signedIn = signedIn(subject);
        SecurityContext stored = new SecurityContextImpl(signedIn);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, stored);
        session.setAttribute(ActiveFirm.SESSION_KEY, hartono);

        Scope inFirm = activeFirm.scopeFor(session, signedIn);

        assertThat(inFirm.tenantId()).isEqualTo(hartono);
        assertThat(inFirm.role()).isEqualTo("STAFF");
        assertThat(roles(stored.getAuthentication())).contains("ROLE_STAFF");

        TenantContext.runIn(Scope.system(hartono), () -> memberships.deactivate(member.id()));
        Scope afterDeactivation = activeFirm.scopeFor(session, stored.getAuthentication());

        assertThat(afterDeactivation.tenantId()).isNull();
        assertThat(session.getAttribute(ActiveFirm.SESSION_KEY)).isNull();
        assertThat(roles(stored.getAuthentication())).doesNotContain("ROLE_STAFF");
    }

    @Test
    void aConfirmedMembershipIsTakenAsItWasForTheRecheckIntervalThenReadAgain() {
        UUID hartono = OwnFirms.current().hartono();
        String subject = "temp-" + UUID.randomUUID();
        MembershipView member = TenantContext.callIn(Scope.system(hartono), () -> memberships.add(
                new NewMember(subject, subject + "@hartono-law.test", "Temp Staff", FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
        Instant[] now = {Instant.parse("2026-12-07T03:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        ActiveFirm cached = new ActiveFirm(memberships, tenants, operators, clock, Duration.ofSeconds(5));
        MockHttpSession session = new MockHttpSession();
        Authentication signedIn = signedIn(subject);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(signedIn));
        session.setAttribute(ActiveFirm.SESSION_KEY, hartono);
        assertThat(cached.scopeFor(session, signedIn).role()).isEqualTo("STAFF");

        // changed behind the app's back (another node, or by hand): no event reaches this node
        TenantContext.runIn(Scope.system(hartono), () -> tx.executeWithoutResult(t -> jdbc.update(
                "update membership set status = 'DEACTIVATED' where id = ?", member.id())));
        now[0] = now[0].plusSeconds(4);
        assertThat(cached.scopeFor(session, signedIn).tenantId()).as("within the interval, as confirmed").isEqualTo(hartono);

        now[0] = now[0].plusSeconds(2);
        assertThat(cached.scopeFor(session, signedIn).tenantId()).as("after it, read again").isNull();
        assertThat(session.getAttribute(ActiveFirm.SESSION_KEY)).isNull();
    }

    @Test
    void aPortalUserOfAMergedClientActsForTheSurvivorAtTheNextRequest() {
        UUID hartono = OwnFirms.current().hartono();
        String subject = "temp-" + UUID.randomUUID();
        UUID[] clients = TenantContext.callIn(Scope.system(hartono), () -> new UUID[] {
                this.clients.create("Survivor " + subject, ClientKind.ORGANIZATION).id(),
                this.clients.create("Duplicate " + subject, ClientKind.ORGANIZATION).id()});
        TenantContext.runIn(Scope.system(hartono), () -> memberships.add(new NewMember(subject, subject + "@client.test",
                "Portal User", FirmRole.CLIENT, clients[1], MembershipStatus.ACTIVE)));
        MockHttpSession session = new MockHttpSession();
        Authentication signedIn = signedIn(subject);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(signedIn));
        session.setAttribute(ActiveFirm.SESSION_KEY, hartono);
        assertThat(activeFirm.scopeFor(session, signedIn).clientId()).isEqualTo(clients[1]);

        TenantContext.runIn(Scope.member(hartono, OwnFirms.current().people().lena(), "TENANT_ADMIN", null, false),
                () -> merges.merge(clients[0], clients[1]));

        assertThat(activeFirm.scopeFor(session, signedIn).clientId()).as("not the confirmation of a moment ago")
                .isEqualTo(clients[0]);
    }

    @Test
    void aSessionCannotClaimAFirmThePersonDoesNotBelongTo() {
        UUID kanvas = OwnFirms.current().kanvas();
        String rudi = OwnFirms.current().people().rudi();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(ActiveFirm.SESSION_KEY, kanvas);

        Scope scope = activeFirm.scopeFor(session, signedIn(rudi));

        assertThat(scope.tenantId()).as("Rudi works only at Hartono, the only firm he may enter").isNotEqualTo(kanvas);
        assertThat(scope.role()).isNull();
    }

    private static Authentication signedIn(String subject) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", subject));
        List<GrantedAuthority> authorities = List.of(new OidcUserAuthority(token));
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "keycloak");
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}

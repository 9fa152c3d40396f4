package io.klien.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientMerges;
import io.klien.clients.Clients;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Invitations;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import io.klien.tenancy.internal.IssuedInvitations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepting an invitation and merging clients land in the firm's audit chain, with who did it. */
@SpringBootTest
class AuditedAcceptanceAndMergeTests {

    @Autowired AuditLog audit;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientMerges clientMerges;
    @Autowired Invitations invitations;
    @Autowired IssuedInvitations issuedInvitations;
    @Autowired TransactionTemplate tx;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    List<AuditEntryView> entries(String action) {
        return firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withAction(action), PageRequest.of(0, 10)))
                .getContent();
    }

    @Test
    void acceptingAnInvitationIsRecordedWithTheNewMemberAsActor() throws Exception {
        String invitee = "invitee-" + UUID.randomUUID();
        MembershipView invited = firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(invitee,
                invitee + "@a.test", "Invited Person", FirmRole.STAFF, null, MembershipStatus.INVITED)));
        String token = "token-" + UUID.randomUUID();
        String tokenHash = sha256(token);
        firms.asSystem(firms.firmA, () -> issuedInvitations.issue(invited.id(), invitee + "@a.test", tokenHash,
                Instant.now().plusSeconds(3600), firms.adminA, Instant.now()));

        TenantContext.callIn(Scope.person(invitee, false), () -> invitations.accept(firms.firmA, token));

        assertThat(entries("invitation.accepted")).singleElement().satisfies(e -> {
            assertThat(e.targetType()).isEqualTo("membership");
            assertThat(e.targetId()).isEqualTo(invited.id().toString());
            assertThat(e.before()).isEqualTo("status=INVITED");
            assertThat(e.after()).isEqualTo("status=ACTIVE, role=STAFF");
            assertThat(e.actorSubject()).isEqualTo(invitee);
        });
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
    }

    @Test
    void mergingClientsIsRecordedWithSurvivorDuplicateAndActor() {
        firms.as(firms.adminOfA(), () -> clientMerges.merge(firms.clientA1, firms.clientA2));

        assertThat(entries("client.merged")).singleElement().satisfies(e -> {
            assertThat(e.targetType()).isEqualTo("client");
            assertThat(e.targetId()).isEqualTo(firms.clientA1.toString());
            assertThat(e.before()).isEqualTo("duplicate=" + firms.clientA2);
            assertThat(e.actorSubject()).isEqualTo(firms.adminA);
        });
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}

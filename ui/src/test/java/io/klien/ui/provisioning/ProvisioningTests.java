package io.klien.ui.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.klien.localservices.CaughtMail;
import io.klien.localservices.CaughtMailbox;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.FirmChoice;
import io.klien.tenancy.FirmProvisioning;
import io.klien.tenancy.Invitations;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Firm provisioning and invitations against the real Keycloak and the mail catcher. */
@SpringBootTest
class ProvisioningTests {

    private static final String OPERATOR = "6b1e0000-0000-4000-8000-000000000001";
    private static final String DIMAS = "6b1e0000-0000-4000-8000-000000000005";
    private static final String LENA = "6b1e0000-0000-4000-8000-000000000002";
    private static final String RUDI = "6b1e0000-0000-4000-8000-000000000003";

    @Autowired FirmProvisioning provisioning;
    @Autowired Invitations invitations;
    @Autowired Keycloak keycloak;
    @Autowired CaughtMailbox mailbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void operatorProvisionsAFirmWithItsOrganizationAndInvitesItsFirstAdmin() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin-" + suffix + "@new-firm.test";
        Instant before = Instant.now().minusSeconds(1);

        TenantView firm = TenantContext.callIn(Scope.person(OPERATOR, true), () -> provisioning.provision(
                new NewFirm("firm-" + suffix, "Firm " + suffix, TenantKind.ACCOUNTING_FIRM, "en", "Asia/Jakarta"),
                adminEmail, "Ada Admin"));

        String organizationId = jdbc.queryForObject("select keycloak_organization_id from tenant where id = ?",
                String.class, firm.id());
        assertThat(organizationId).isNotBlank();
        assertThat(keycloak.realm("klien").organizations().get(organizationId).toRepresentation().getAlias())
                .isEqualTo("firm-" + suffix);
        List<MemberRepresentation> members = keycloak.realm("klien").organizations().get(organizationId).members().list(0, 10);
        assertThat(members).extracting(MemberRepresentation::getEmail).containsExactly(adminEmail);
        MembershipView admin = inFirm(firm.id(), () -> jdbc.queryForObject(
                "select role, status from membership where email = ?", (rs, n) -> new MembershipView(firm.id(), UUID.randomUUID(),
                        "", adminEmail, "", FirmRole.valueOf(rs.getString(1)), null, MembershipStatus.valueOf(rs.getString(2))), adminEmail));
        assertThat(admin.role()).isEqualTo(FirmRole.TENANT_ADMIN);
        assertThat(admin.status()).isEqualTo(MembershipStatus.INVITED);
        CaughtMail mail = mailbox.awaitMailTo(adminEmail, before, Duration.ofSeconds(20));
        assertThat(mail.links()).anySatisfy(link -> assertThat(link).contains("/realms/klien/login-actions/action-token"));
    }

    @Test
    void anExistingPersonGetsKliensInvitationAndAcceptingActivatesTheMembership() {
        UUID hartono = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        notAMemberOf(hartono, DIMAS);
        Instant before = Instant.now().minusSeconds(1);
        String lena = "6b1e0000-0000-4000-8000-000000000002";
        inFirmAs(hartono, lena, () -> invitations.invite("dimas@studio-kanvas.test", "Dimas Pratama", FirmRole.STAFF, null));

        CaughtMail mail = mailbox.awaitMailTo("dimas@studio-kanvas.test", before, Duration.ofSeconds(20));
        String link = mail.links().stream().filter(l -> l.contains("/invitation/")).findFirst().orElseThrow();
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(mail.subject()).contains("Hartono & Partners");

        assertThatThrownBy(() -> TenantContext.callIn(Scope.person("someone-else", false), () -> invitations.accept(hartono, token)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.invite.someone-else");
        FirmChoice accepted = TenantContext.callIn(Scope.person(DIMAS, false), () -> invitations.accept(hartono, token));

        assertThat(accepted.role()).isEqualTo(FirmRole.STAFF);
        assertThat(inFirm(hartono, () -> jdbc.queryForObject(
                "select status from membership where subject = ?", String.class, DIMAS))).isEqualTo("ACTIVE");
        inFirm(hartono, () -> jdbc.update("update membership set status = 'DEACTIVATED' where subject = ?", DIMAS));
    }

    @Test
    void anExpiredInvitationIsRefused() {
        UUID hartono = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        String maya = "6b1e0000-0000-4000-8000-000000000004";
        notAMemberOf(hartono, maya);
        Instant before = Instant.now().minusSeconds(1);
        inFirmAs(hartono, "6b1e0000-0000-4000-8000-000000000002",
                () -> invitations.invite("maya@studio-kanvas.test", "Maya Wijaya", FirmRole.STAFF, null));
        String link = mailbox.awaitMailTo("maya@studio-kanvas.test", before, Duration.ofSeconds(20)).links().stream()
                .filter(l -> l.contains("/invitation/")).findFirst().orElseThrow();
        String token = link.substring(link.lastIndexOf('/') + 1);
        inFirm(hartono, () -> jdbc.update(
                "update invitation set expires_at = now() - interval '1 minute' where email = 'maya@studio-kanvas.test' and accepted_at is null"));

        assertThatThrownBy(() -> TenantContext.callIn(Scope.person(maya, false), () -> invitations.accept(hartono, token)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.invite.expired");
        assertThat(inFirm(hartono, () -> jdbc.queryForObject(
                "select status from membership where subject = ?", String.class, maya))).isEqualTo("INVITED");
        inFirm(hartono, () -> jdbc.update("update membership set status = 'DEACTIVATED' where subject = ?", maya));
    }

    @Test
    void invitingAMalformedOrAlreadyInvitedEmailIsRefusedAndChangesNothing() {
        UUID hartono = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        String lena = "6b1e0000-0000-4000-8000-000000000002";
        Long membersBefore = inFirm(hartono, () -> jdbc.queryForObject("select count(*) from membership", Long.class));

        assertThatThrownBy(() -> inFirmAs(hartono, lena, () -> invitations.invite("not-an-email", "X", FirmRole.STAFF, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.invite.email-invalid");
        assertThatThrownBy(() -> inFirmAs(hartono, lena, () -> invitations.invite("RUDI@hartono-law.test", "Rudi", FirmRole.STAFF, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.member.duplicate");
        assertThatThrownBy(() -> inFirmAs(hartono, lena, () -> invitations.invite("x@y.test", " ", FirmRole.STAFF, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.invite.name-required");

        assertThat(inFirm(hartono, () -> jdbc.queryForObject("select count(*) from membership", Long.class))).isEqualTo(membersBefore);
    }

    @Test
    void staffInviteAClientsContactToThePortal() {
        UUID hartono = hartono();
        UUID client = aClientOf(hartono);
        String email = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";

        MembershipView invited = inFirmAs(hartono, RUDI, FirmRole.STAFF,
                () -> invitations.invite(email, "Citra Contact", FirmRole.CLIENT, client));

        assertThat(invited.role()).isEqualTo(FirmRole.CLIENT);
        assertThat(invited.clientId()).isEqualTo(client);
        assertThat(invited.status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(keycloak.realm("klien").users().searchByEmail(email, true)).hasSize(1);
    }

    @Test
    void staffCannotInviteColleaguesAndNothingIsCreatedAnywhere() {
        UUID hartono = hartono();
        String email = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@hartono-law.test";

        assertThatThrownBy(() -> inFirmAs(hartono, RUDI, FirmRole.STAFF,
                () -> invitations.invite(email, "Would Be Admin", FirmRole.TENANT_ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inFirmAs(hartono, RUDI, FirmRole.STAFF,
                () -> invitations.invite(email, "Would Be Staff", FirmRole.STAFF, null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(keycloak.realm("klien").users().searchByEmail(email, true)).isEmpty();
        assertThat(inFirm(hartono, () -> jdbc.queryForObject("select count(*) from membership where email = ?", Long.class, email)))
                .isZero();
    }

    @Test
    void aDeactivatedMemberIsInvitedBackOnlyInTheRoleTheyHad() {
        UUID hartono = hartono();
        UUID client = aClientOf(hartono);
        String email = "former-" + UUID.randomUUID().toString().substring(0, 8) + "@hartono-law.test";
        MembershipView staff = inFirmAs(hartono, LENA, FirmRole.TENANT_ADMIN,
                () -> invitations.invite(email, "Former Staff", FirmRole.STAFF, null));
        inFirm(hartono, () -> jdbc.update("update membership set status = 'DEACTIVATED' where id = ?", staff.id()));

        assertThatThrownBy(() -> inFirmAs(hartono, RUDI, FirmRole.STAFF,
                () -> invitations.invite(email, "Former Staff", FirmRole.CLIENT, client)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.member.reinvite-other-role");
        assertThatThrownBy(() -> inFirmAs(hartono, LENA, FirmRole.TENANT_ADMIN,
                () -> invitations.invite(email, "Former Staff", FirmRole.TENANT_ADMIN, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.member.reinvite-other-role");
        assertThat(roleAndStatus(hartono, staff.id())).isEqualTo("STAFF/DEACTIVATED");

        MembershipView back = inFirmAs(hartono, LENA, FirmRole.TENANT_ADMIN,
                () -> invitations.invite(email, "Former Staff", FirmRole.STAFF, null));

        assertThat(back.id()).isEqualTo(staff.id());
        assertThat(roleAndStatus(hartono, staff.id())).as("back as invited, not active, in the old role")
                .isEqualTo("STAFF/INVITED");
    }

    @Test
    void anAccountWhoseEmailIsNotVerifiedIsNotInvited() {
        UUID hartono = hartono();
        String email = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
        UserRepresentation squatter = new UserRepresentation();
        squatter.setUsername(email);
        squatter.setEmail(email);
        squatter.setEnabled(true);
        squatter.setEmailVerified(false);
        keycloak.realm("klien").users().create(squatter).close();

        assertThatThrownBy(() -> inFirmAs(hartono, LENA, FirmRole.TENANT_ADMIN,
                () -> invitations.invite(email, "Not Verified", FirmRole.STAFF, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.invite.email-unverified");
        assertThat(inFirm(hartono, () -> jdbc.queryForObject("select count(*) from membership where email = ?", Long.class, email)))
                .isZero();
    }

    @Test
    void anInvitationWhoseTransactionFailsLeavesNoUserInKeycloak() {
        UUID hartono = hartono();
        String email = "rolled-back-" + UUID.randomUUID().toString().substring(0, 8) + "@hartono-law.test";

        assertThatThrownBy(() -> TenantContext.callIn(Scope.member(hartono, LENA, FirmRole.TENANT_ADMIN.name(), null, false),
                () -> tx.execute(status -> {
                    invitations.invite(email, "Rolled Back", FirmRole.STAFF, null);
                    throw new IllegalStateException("the database part failed after the identity provider part");
                }))).isInstanceOf(IllegalStateException.class);

        assertThat(keycloak.realm("klien").users().searchByEmail(email, true)).isEmpty();
        assertThat(inFirm(hartono, () -> jdbc.queryForObject("select count(*) from membership where email = ?", Long.class, email)))
                .isZero();
    }

    @Test
    void aFirmWhoseAdminKeycloakRefusesIsNotCreatedAndItsSlugStaysFree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "taken-" + suffix + "@new-firm.test";
        // Keycloak refuses a new user whose username another account already has
        UserRepresentation holder = new UserRepresentation();
        holder.setUsername(adminEmail);
        holder.setEmail("someone-else-" + suffix + "@new-firm.test");
        holder.setEnabled(true);
        keycloak.realm("klien").users().create(holder).close();
        NewFirm firm = new NewFirm("half-" + suffix, "Half " + suffix, TenantKind.LAW_FIRM, "en", "Asia/Jakarta");

        assertThatThrownBy(() -> TenantContext.callIn(Scope.person(OPERATOR, true),
                () -> provisioning.provision(firm, adminEmail, "Ada Admin")))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.provision.failed");

        assertThat(jdbc.queryForObject("select count(*) from tenant where slug = ?", Long.class, "half-" + suffix)).isZero();
        assertThat(keycloak.realm("klien").organizations().search("Half " + suffix, true, 0, 10)).isEmpty();

        TenantView retried = TenantContext.callIn(Scope.person(OPERATOR, true),
                () -> provisioning.provision(firm, "fine-" + suffix + "@new-firm.test", "Ada Admin"));
        assertThat(retried.slug()).isEqualTo("half-" + suffix);
    }

    private UUID hartono() {
        return jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
    }

    private UUID aClientOf(UUID firm) {
        return inFirm(firm, () -> jdbc.queryForObject("select id from client order by name limit 1", UUID.class));
    }

    private String roleAndStatus(UUID firm, UUID membershipId) {
        return inFirm(firm, () -> jdbc.queryForObject("select role || '/' || status from membership where id = ?",
                String.class, membershipId));
    }

    private <T> T inFirmAs(UUID firm, String subject, FirmRole role, java.util.function.Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm, subject, role.name(), null, false), work::get);
    }

    /** Given: the person is not (or no longer) an active or invited member of the firm. */
    private void notAMemberOf(UUID firm, String subject) {
        inFirm(firm, () -> jdbc.update("update membership set status = 'DEACTIVATED' where subject = ?", subject));
    }

    private <T> T inFirm(UUID firm, java.util.function.Supplier<T> work) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> work.get()));
    }

    private <T> T inFirmAs(UUID firm, String subject, java.util.function.Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm, subject, FirmRole.TENANT_ADMIN.name(), null, false), work::get);
    }

}

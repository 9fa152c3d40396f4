package io.klien.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.audit.AuditRequestContext;
import io.klien.audit.ChainVerification;
import io.klien.clients.Clients;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes in the tenancy module land in the audit log of the firm they concern, in the same transaction. */
@SpringBootTest
class TenancyAuditTrailTests {

    @Autowired AuditLog audit;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void creatingAFirmWritesTenantCreatedAsTheFirstEntryOfThatFirmsChain() {
        String slug = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        UUID firm = TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm(slug, "Audited Firm", TenantKind.ACCOUNTING_FIRM, "en", "UTC")).id());

        List<AuditEntryView> log = logOf(firm);

        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.seq()).isOne();
            assertThat(e.action()).isEqualTo("tenant.created");
            assertThat(e.targetType()).isEqualTo("tenant");
            assertThat(e.targetId()).isEqualTo(firm.toString());
            assertThat(e.after()).contains(slug).contains("Audited Firm");
            assertThat(e.actorSubject()).isNull();
            assertThat(e.previousHash()).isEqualTo(HashChain.GENESIS);
        });
        assertThat(TenantContext.callIn(Scope.system(firm), audit::verify)).isEqualTo(ChainVerification.intact(1));
    }

    @Test
    void thePlatformOperatorWhoCreatesAFirmIsItsFirstEntrysActor() {
        String operator = "operator-" + UUID.randomUUID();
        UUID firm;
        try (var request = AuditRequestContext.bind("192.0.2.10", "Chromium/150", "Olga Operator")) {
            firm = TenantContext.callIn(Scope.person(operator, true), () -> tenants.create(new NewFirm(
                    "op-" + UUID.randomUUID().toString().substring(0, 8), "Operated", TenantKind.OTHER, "en", "UTC")).id());
        }

        assertThat(logOf(firm)).singleElement().satisfies(e -> {
            assertThat(e.actorSubject()).isEqualTo(operator);
            assertThat(e.actorName()).isEqualTo("Olga Operator");
            assertThat(e.ip()).isEqualTo("192.0.2.10");
        });
    }

    @Test
    void recordingForANewFirmLeavesTheCreatorsTransactionWithoutATenant() {
        String tenantAfterCreate = TenantContext.callIn(Scope.system(null), () -> tx.execute(status -> {
            tenants.create(new NewFirm("leak-" + UUID.randomUUID().toString().substring(0, 8), "No Leak", TenantKind.OTHER, "en", "UTC"));
            return jdbc.queryForObject("select coalesce(current_setting('app.tenant_id', true), '')", String.class);
        }));

        assertThat(tenantAfterCreate).isEmpty();
    }

    @Test
    void membershipChangesAreRecordedWithBeforeAfterActorAndRequest() {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        MembershipView staff = firms.as(firms.adminOfA(), () -> memberships.list(PageRequest.of(0, 10)).stream()
                .filter(m -> m.subject().equals(firms.staffA)).findFirst().orElseThrow());

        try (var request = AuditRequestContext.bind("203.0.113.7", "Mozilla/5.0 (X11; Linux)", "Admin A")) {
            firms.as(firms.adminOfA(), () -> memberships.changeRole(staff.id(), FirmRole.TENANT_ADMIN, null));
            firms.as(firms.adminOfA(), () -> memberships.deactivate(staff.id()));
        }
        List<AuditEntryView> log = firms.as(firms.adminOfA(),
                () -> audit.browse(AuditFilter.all().withActionPrefix("membership."), PageRequest.of(0, 10))).getContent();

        assertThat(log).extracting(AuditEntryView::action).containsExactly(
                "membership.deactivated", "membership.role-changed", "membership.added", "membership.added");
        assertThat(log.get(0)).satisfies(e -> {
            assertThat(e.targetType()).isEqualTo("membership");
            assertThat(e.targetId()).isEqualTo(staff.id().toString());
            assertThat(e.before()).isEqualTo("ACTIVE");
            assertThat(e.after()).isEqualTo("DEACTIVATED");
            assertThat(e.actorSubject()).isEqualTo(firms.adminA);
            assertThat(e.actorName()).isEqualTo("Admin A");
            assertThat(e.ip()).isEqualTo("203.0.113.7");
            assertThat(e.userAgent()).isEqualTo("Mozilla/5.0 (X11; Linux)");
        });
        assertThat(log.get(1)).satisfies(e -> {
            assertThat(e.before()).isEqualTo("STAFF");
            assertThat(e.after()).isEqualTo("TENANT_ADMIN");
        });
        assertThat(log.get(2)).satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(staff.id().toString());
            assertThat(e.before()).isNull();
            assertThat(e.after()).isEqualTo("STAFF/ACTIVE");
            assertThat(e.actorSubject()).as("added by system work").isNull();
        });
        assertThat(firms.as(firms.adminOfB(),
                () -> audit.browse(AuditFilter.all().withActionPrefix("membership."), PageRequest.of(0, 10))).getContent())
                .as("firm B's log has only its own member").hasSize(1);
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
    }

    @Test
    void rebrandingIsRecordedWithTheBrandingBeforeAndAfter() {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);

        firms.as(firms.adminOfA(), () -> tenants.rebrand("Firm A Legal", "#aa3300"));

        List<AuditEntryView> log = firms.as(firms.adminOfA(),
                () -> audit.browse(AuditFilter.all().withAction("branding.changed"), PageRequest.of(0, 10))).getContent();
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.actorSubject()).isEqualTo(firms.adminA);
            assertThat(e.before()).contains("primaryColor=#1f4e79");
            assertThat(e.after()).isEqualTo("displayName=Firm A Legal, primaryColor=#aa3300");
        });
    }

    private List<AuditEntryView> logOf(UUID firm) {
        return TenantContext.callIn(Scope.system(firm), () -> audit.browse(AuditFilter.all(), PageRequest.of(0, 10))).getContent();
    }
}

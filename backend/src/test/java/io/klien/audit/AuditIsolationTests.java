package io.klien.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Through the application role, audit entries can be appended and read, by their own firm only, and never changed. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIsolationTests {

    @Autowired AuditLog audit;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    AuditEntryView entryOfA;

    @BeforeAll
    void twoFirmsWithAnEntryInA() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        entryOfA = firms.as(firms.adminOfA(),
                () -> audit.record(new AuditRecord("client.archived", "client", firms.clientA1.toString(), "ACTIVE", "ARCHIVED")));
    }

    @Test
    void theApplicationRoleMayOnlyInsertAndSelectAuditEntries() {
        List<Boolean> privileges = jdbc.queryForList("""
                select has_table_privilege('audit_entry', p) from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p
                """, Boolean.class);

        assertThat(privileges).containsExactly(true, true, false, false, false);
    }

    @Test
    void theApplicationRoleCannotUpdateDeleteOrTruncateItsOwnFirmsEntries() {
        List<String> statements = List.of(
                "update audit_entry set after_summary = 'rewritten' where tenant_id = '" + firms.firmA + "'",
                "delete from audit_entry where tenant_id = '" + firms.firmA + "'",
                "truncate audit_entry");

        for (String statement : statements) {
            assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> jdbc.update(statement)))
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied for table audit_entry");
        }
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
        assertThat(firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withAction("client.archived"),
                PageRequest.of(0, 10))).getContent()).extracting(AuditEntryView::after).containsExactly("ARCHIVED");
    }

    @Test
    void anotherFirmCannotReadAFirmsEntries() {
        List<UUID> seenByB = firms.as(firms.adminOfB(), () -> audit.browse(AuditFilter.all(), PageRequest.of(0, 1_000)))
                .map(AuditEntryView::id).getContent();
        long nativeRowsOfA = firms.as(firms.adminOfB(), () -> jdbc.queryForObject(
                "select count(*) from audit_entry where tenant_id = ? or id = ?", Long.class, firms.firmA, entryOfA.id()));
        long rowsOfAWithoutTenant = tx.execute(s -> jdbc.queryForObject("select count(*) from audit_entry", Long.class));

        assertThat(seenByB).isNotEmpty().doesNotContain(entryOfA.id());
        assertThat(firms.as(firms.adminOfB(), () -> audit.browse(AuditFilter.all().withAction("client.archived"),
                PageRequest.of(0, 10))).getTotalElements()).isZero();
        assertThat(nativeRowsOfA).isZero();
        assertThat(rowsOfAWithoutTenant).as("no active tenant sees nothing").isZero();
        assertThat(firms.as(firms.adminOfA(), () -> jdbc.queryForObject(
                "select count(*) from audit_entry where id = ?", Long.class, entryOfA.id()))).as("A itself does").isOne();
    }

    @Test
    void verifyingCoversOnlyTheActiveFirmsChain() {
        long entriesOfB = firms.asSystem(firms.firmB, () -> jdbc.queryForObject(
                "select count(*) from audit_entry where tenant_id = ?", Long.class, firms.firmB));

        assertThat(firms.as(firms.adminOfB(), audit::verify)).isEqualTo(ChainVerification.intact(entriesOfB));
    }

    @Test
    void aFirmCannotAppendToAnotherFirmsChain() {
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> jdbc.update("""
                insert into audit_entry (tenant_id, seq, id, occurred_at, action, target_type, previous_hash, hash)
                values (?, 999999, ?, now(), 'smuggled', 'client', repeat('0', 64), repeat('0', 64))""",
                firms.firmA, UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
    }
}

package io.klien.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.audit.ChainVerification;
import io.klien.clients.Clients;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each append signs a checkpoint with a key outside the database, so an attacker with the database (owner or
 * superuser) but without the key cannot remove the newest entries or rewrite the chain unnoticed.
 */
@SpringBootTest
class AuditCheckpointTests {

    @Autowired AuditLog audit;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Value("${spring.datasource.url}") String url;
    @Value("${klien.local-services.postgres.admin-user:postgres}") String admin;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    @Test
    void everyAppendLeavesASignedCheckpointAtTheNewestEntry() {
        List<AuditEntryView> three = appendThree();
        AuditEntryView newest = three.getLast();

        List<String> checkpoint = firms.asSystem(firms.firmA, () -> jdbc.query(
                "select hash, signature from audit_checkpoint where tenant_id = ? and seq = ?",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2)), firms.firmA, newest.seq())).getFirst();

        assertThat(checkpoint.getFirst()).isEqualTo(newest.hash());
        assertThat(checkpoint.getLast()).hasSize(64).doesNotContain(newest.hash());
        assertThat(firms.as(firms.adminOfA(), audit::verify)).isEqualTo(ChainVerification.intact(newest.seq()));
    }

    @Test
    void deletingTheNewestEntriesAsSuperuserIsReported() throws Exception {
        List<AuditEntryView> three = appendThree();
        long keep = three.getFirst().seq();

        int deleted = superuser().execute("delete from audit_entry where tenant_id = ? and seq > ?", firms.firmA, keep);
        ChainVerification result = firms.as(firms.adminOfA(), audit::verify);

        assertThat(deleted).isEqualTo(2);
        assertThat(result).isEqualTo(ChainVerification.broken(keep, keep + 1, ChainVerification.ENTRIES_MISSING));
    }

    @Test
    void rewritingAnEntryAndRecomputingTheWholeChainWithoutTheKeyIsReported() throws Exception {
        List<AuditEntryView> three = appendThree();
        AuditEntryView middle = three.get(1);
        recomputeChainFrom(middle, "quietly changed");

        ChainVerification result = firms.as(firms.adminOfA(), audit::verify);

        assertThat(result).isEqualTo(ChainVerification.broken(three.getLast().seq(), three.getLast().seq(),
                ChainVerification.CHECKPOINT_MISMATCH));
    }

    @Test
    void pointingTheCheckpointAtTheRewrittenChainBreaksItsSignature() throws Exception {
        List<AuditEntryView> three = appendThree();
        String newHead = recomputeChainFrom(three.get(1), "quietly changed");

        superuser().execute("update audit_checkpoint set hash = ? where tenant_id = ? and seq = ?", newHead, firms.firmA,
                three.getLast().seq());
        ChainVerification result = firms.as(firms.adminOfA(), audit::verify);

        assertThat(result).isEqualTo(ChainVerification.broken(three.getLast().seq(), three.getLast().seq(),
                ChainVerification.CHECKPOINT_INVALID));
    }

    @Test
    void anEntryAppendedWithoutTheKeyIsReported() throws Exception {
        AuditEntryView newest = appendThree().getLast();
        long seq = newest.seq() + 1;
        java.util.UUID id = java.util.UUID.randomUUID();
        java.time.Instant at = newest.occurredAt().plusSeconds(1);
        String hash = HashChain.hash(newest.hash(), firms.firmA, seq, id, at, null, null, "contract.signed", "contract",
                "c-1", null, null, null, "backdated");

        superuser().execute("""
                insert into audit_entry (tenant_id, seq, id, occurred_at, action, target_type, target_id, after_summary,
                  previous_hash, hash) values (?, ?, ?, ?, 'contract.signed', 'contract', 'c-1', 'backdated', ?, ?)""",
                firms.firmA, seq, id, Timestamp.from(at), newest.hash(), hash);
        ChainVerification result = firms.as(firms.adminOfA(), audit::verify);

        assertThat(result).isEqualTo(ChainVerification.broken(seq, seq, ChainVerification.UNSIGNED_ENTRIES));
    }

    /** Rewrites one entry and every hash after it, as someone with the database but not the key would; returns the new head. */
    private String recomputeChainFrom(AuditEntryView target, String newAfter) throws Exception {
        List<AuditEntryView> chain = firms.asSystem(firms.firmA,
                () -> audit.browse(AuditFilter.all(), org.springframework.data.domain.PageRequest.of(0, 10_000)))
                .getContent().reversed();
        String previous = target.previousHash();
        for (AuditEntryView e : chain) {
            if (e.seq() < target.seq()) {
                continue;
            }
            String after = e.seq() == target.seq() ? newAfter : e.after();
            String hash = HashChain.hash(previous, firms.firmA, e.seq(), e.id(), e.occurredAt(), e.actorSubject(),
                    e.actorName(), e.action(), e.targetType(), e.targetId(), e.ip(), e.userAgent(), e.before(), after);
            superuser().execute("update audit_entry set after_summary = ?, previous_hash = ?, hash = ? where tenant_id = ? and seq = ?",
                    after, previous, hash, firms.firmA, e.seq());
            previous = hash;
        }
        assertThat(firms.as(firms.adminOfA(), audit::verify).reason()).as("the hashes alone no longer tell")
                .isEqualTo(ChainVerification.CHECKPOINT_MISMATCH);
        return previous;
    }

    private List<AuditEntryView> appendThree() {
        List<AuditEntryView> three = new ArrayList<>();
        for (String step : List.of("draft", "sent", "signed")) {
            three.add(firms.as(firms.adminOfA(),
                    () -> audit.record(new AuditRecord("contract." + step, "contract", "c-1", null, step))));
        }
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).as("intact before tampering").isTrue();
        return three;
    }

    private Superuser superuser() {
        return new Superuser(url, admin);
    }
}

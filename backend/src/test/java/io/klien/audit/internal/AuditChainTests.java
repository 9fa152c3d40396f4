package io.klien.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.audit.AuditRequestContext;
import io.klien.audit.ChainVerification;
import io.klien.clients.Clients;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries form one hash chain per firm, and any change to a stored entry shows up in verification. */
@SpringBootTest
class AuditChainTests {

    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 25;

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
    void appendingBuildsAnUnbrokenChainThatVerifiesWithTheRightCount() {
        long before = entriesOfA();
        List<AuditEntryView> appended = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            appended.add(firms.as(firms.adminOfA(),
                    () -> audit.record(new AuditRecord("client.note-added", "client", firms.clientA1.toString(), null, "note " + n))));
        }

        ChainVerification result = firms.as(firms.adminOfA(), audit::verify);

        assertThat(result).isEqualTo(ChainVerification.intact(before + 5));
        assertThat(appended).extracting(AuditEntryView::seq)
                .containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5);
        for (int i = 1; i < appended.size(); i++) {
            assertThat(appended.get(i).previousHash()).isEqualTo(appended.get(i - 1).hash());
        }
        AuditEntryView first = firms.asSystem(firms.firmA,
                () -> audit.browse(AuditFilter.all(), PageRequest.of(0, 1_000))).getContent().getLast();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(HashChain.GENESIS);
    }

    @Test
    void alteringOneStoredEntryMakesVerifyNameExactlyThatEntry() throws Exception {
        AuditEntryView target = appendThreeAndTakeTheMiddle();

        int altered = superuser().execute("update audit_entry set after_summary = 'quietly changed' where tenant_id = ? and seq = ?",
                firms.firmA, target.seq());
        ChainVerification result = firms.as(firms.adminOfA(), audit::verify);

        assertThat(altered).isOne();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(target.seq());
        assertThat(result.reason()).isEqualTo(ChainVerification.HASH_MISMATCH);
        assertThat(result.entriesChecked()).isEqualTo(target.seq() - 1);
        assertThat(firms.as(firms.adminOfB(), audit::verify).intact()).as("the other firm's chain").isTrue();
    }

    @Test
    void rewritingAnEntryTogetherWithItsHashBreaksTheLinkToTheNextEntry() throws Exception {
        AuditEntryView target = appendThreeAndTakeTheMiddle();
        String forgedHash = HashChain.hash(target.previousHash(), firms.firmA, target.seq(), target.id(), target.occurredAt(),
                target.actorSubject(), target.actorName(), target.action(), target.targetType(), target.targetId(),
                target.ip(), target.userAgent(), target.before(), "quietly changed");

        superuser().execute("update audit_entry set after_summary = 'quietly changed', hash = ? where tenant_id = ? and seq = ?",
                forgedHash, firms.firmA, target.seq());
        ChainVerification result = firms.as(firms.adminOfA(), audit::verify);

        assertThat(result).isEqualTo(ChainVerification.broken(target.seq(), target.seq() + 1,
                ChainVerification.PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void removingAnEntryShowsAsAGapAtItsSeq() throws Exception {
        AuditEntryView target = appendThreeAndTakeTheMiddle();

        superuser().execute("delete from audit_entry where tenant_id = ? and seq = ?", firms.firmA, target.seq());
        ChainVerification result = firms.asSystem(firms.firmA, audit::verify);

        assertThat(result).isEqualTo(ChainVerification.broken(target.seq() - 1, target.seq(), ChainVerification.SEQ_GAP));
    }

    @Test
    void eightThreadsAppendingToOneFirmAtOnceMakeOneGapFreeUnforkedChain() throws Exception {
        long before = entriesOfA();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        int n = i;
                        TenantContext.runIn(Scope.system(firms.firmA), () -> audit.record(
                                new AuditRecord("load.append", "thread", Integer.toString(thread), null, Integer.toString(n))));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Object> shape = firms.asSystem(firms.firmA, () -> jdbc.queryForMap("""
                select count(*) as entries, min(seq) as first, max(seq) as last,
                  count(distinct previous_hash) as predecessors
                from audit_entry where tenant_id = ?""", firms.firmA));
        long expected = before + THREADS * APPENDS_PER_THREAD;

        assertThat(shape).containsEntry("entries", expected).containsEntry("first", 1L).containsEntry("last", expected)
                .as("no two entries follow the same predecessor").containsEntry("predecessors", expected);
        assertThat(firms.asSystem(firms.firmA, audit::verify)).isEqualTo(ChainVerification.intact(expected));
    }

    @Test
    void textIsStoredExactlyAsHashedEvenWhenTooLongOrNotValidUnicode() {
        // the 500-character cut would fall between the two halves of the emoji
        String longAgent = "Agent/" + "x".repeat(493) + "\uD83D\uDE00" + " and more";
        try (var request = AuditRequestContext.bind("2001:db8::1", longAgent, "Nul\0Name")) {
            AuditEntryView entry = firms.as(firms.adminOfA(), () -> audit.record(
                    new AuditRecord("odd.text", "test", null, "lone \uD800 surrogate", "emoji \uD83D\uDE00 ok")));

            assertThat(entry.userAgent()).hasSize(499).startsWith("Agent/").endsWith("x");
            assertThat(entry.actorName()).isEqualTo("Nul\uFFFDName");
            assertThat(entry.before()).isEqualTo("lone ? surrogate");
            assertThat(entry.after()).isEqualTo("emoji \uD83D\uDE00 ok");
        }
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
    }

    @Test
    void anEntryRollsBackWithTheTransactionThatWroteIt() {
        long before = entriesOfA();

        TenantContext.runIn(Scope.system(firms.firmA), () -> tx.executeWithoutResult(status -> {
            audit.record(new AuditRecord("client.deleted", "client", firms.clientA2.toString(), "CV Sinar", null));
            status.setRollbackOnly();
        }));

        assertThat(entriesOfA()).isEqualTo(before);
        assertThat(firms.asSystem(firms.firmA, audit::verify)).isEqualTo(ChainVerification.intact(before));
    }

    private AuditEntryView appendThreeAndTakeTheMiddle() {
        List<AuditEntryView> three = new ArrayList<>();
        for (String step : List.of("draft", "sent", "signed")) {
            three.add(firms.as(firms.adminOfA(),
                    () -> audit.record(new AuditRecord("contract." + step, "contract", "c-1", null, step))));
        }
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).as("intact before tampering").isTrue();
        return three.get(1);
    }

    private long entriesOfA() {
        return firms.asSystem(firms.firmA,
                () -> jdbc.queryForObject("select count(*) from audit_entry where tenant_id = ?", Long.class, firms.firmA));
    }

    private Superuser superuser() {
        return new Superuser(url, admin);
    }
}

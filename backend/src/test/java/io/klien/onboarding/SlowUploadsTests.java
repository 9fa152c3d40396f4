package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.klien.clients.ClientFilter;
import io.klien.clients.Clients;
import io.klien.clients.ClientSearch;
import io.klien.documents.DocumentView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads that arrive slowly hold neither a pooled connection nor the onboarding's lock: while ten of them are still
 * sending (more than the pool has connections), another firm and the same firm keep working.
 */
@SpringBootTest
class SlowUploadsTests {

    private static final int UPLOADS = 10;
    private static final long GENEROUS_SECONDS = 60;

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;
    @Autowired OnboardingUploads uploads;
    @Autowired PlatformTransactionManager transactions;

    OnboardingFixture f;

    @BeforeEach
    void firms() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
    }

    @Test
    void tenSlowUploadsLeaveOtherFirmsAndTheSameOnboardingAnswering() throws Exception {
        UUID client = f.newClient("Slow Sender");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Slow uploads",
                StepDefinition.of("papers", "Papers", StepType.DOCUMENT_REQUEST, StepSide.CLIENT)
                        .withDocuments(new DocumentRequirements("Deeds", List.of("pdf"), 5, 20)),
                StepDefinition.of("check", "Check", StepType.INTERNAL_TASK, StepSide.FIRM))));
        UUID papers = step(started, "papers").id();
        UUID check = step(started, "check").id();
        CountDownLatch sending = new CountDownLatch(UPLOADS);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(UPLOADS);
        ExecutorService others = Executors.newFixedThreadPool(2);
        try {
            List<Future<DocumentView>> inFlight = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                String name = "deed-" + i + ".pdf";
                inFlight.add(senders.submit(() -> TenantContext.callIn(f.clientUserOf(client),
                        () -> uploads.upload(papers, name, "application/pdf", new SlowDrip(sending, release)))));
            }
            assertThat(sending.await(GENEROUS_SECONDS, TimeUnit.SECONDS))
                    .as("all ten uploads are receiving bytes at the same time").isTrue();

            Future<Integer> otherFirmsGrid = others.submit(() -> f.firms.as(f.firms.adminOfB(),
                    () -> clientSearch.list(ClientFilter.all(), PageRequest.of(0, 25)).getNumberOfElements()));
            Future<StepView> sameOnboarding = others.submit(() -> f.staff(() -> steps.completeTask(check)));

            assertThat(otherFirmsGrid.get(GENEROUS_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(sameOnboarding.get(GENEROUS_SECONDS, TimeUnit.SECONDS).state()).isEqualTo(StepState.DONE);
            assertThat(inFlight).as("the uploads were still sending").noneMatch(Future::isDone);

            release.countDown();
            for (Future<DocumentView> upload : inFlight) {
                assertThat(upload.get(GENEROUS_SECONDS, TimeUnit.SECONDS).size()).isEqualTo(SlowDrip.SIZE);
            }
            assertThat(f.staff(() -> onboardings.step(papers)).documentIds()).hasSize(UPLOADS);
        } finally {
            release.countDown();
            senders.shutdownNow();
            others.shutdownNow();
        }
    }

    @Test
    void aFileThatArrivesAfterTheRequestFilledUpIsRefusedAndLeavesNothingStored() throws Exception {
        UUID client = f.newClient("Late Sender");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("One file",
                StepDefinition.of("deed", "Deed", StepType.DOCUMENT_REQUEST, StepSide.CLIENT)
                        .withDocuments(new DocumentRequirements("Deed", List.of("pdf"), 5, 1)))));
        UUID deed = step(started, "deed").id();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Future<DocumentView> late = sender.submit(() -> TenantContext.callIn(f.clientUserOf(client),
                    () -> uploads.upload(deed, "late.pdf", "application/pdf", new SlowDrip(sending, release))));
            assertThat(sending.await(GENEROUS_SECONDS, TimeUnit.SECONDS)).isTrue();
            DocumentView first = f.asClientUserOf(client, () -> uploads.upload(deed, "first.pdf", "application/pdf",
                    new SlowDrip(new CountDownLatch(1), new CountDownLatch(0))));
            release.countDown();

            assertThatThrownBy(() -> late.get(GENEROUS_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DomainException.class)
                    .hasMessageContaining("onboarding.documents.too-many");
            assertThat(f.staff(() -> onboardings.step(deed)).documentIds()).containsExactly(first.id());
            assertThat(f.firms.asSystem(f.firms.firmA, () -> jdbc.queryForList(
                    "select filename from document where owner_id = ?", String.class, deed))).containsExactly("first.pdf");
        } finally {
            release.countDown();
            sender.shutdownNow();
        }
    }

    @Test
    void pooledConnectionsGiveUpOnLongStatementsLockWaitsIdleTransactionsAndLongTransactions() {
        Map<String, Object> settings = tx.execute(status -> jdbc.queryForMap("""
                select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock,
                  current_setting('idle_in_transaction_session_timeout') as idle"""));

        assertThat(settings).containsEntry("statement", "30s").containsEntry("lock", "10s").containsEntry("idle", "1min");
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout()).isEqualTo(60);
    }

    /** A PDF whose sender stalls after its first bytes until released, as a client on a slow line would. */
    private static final class SlowDrip extends InputStream {

        static final int SIZE = 64 * 1024;
        private static final byte[] HEAD = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);

        private final CountDownLatch sending;
        private final CountDownLatch release;
        private int emitted;

        SlowDrip(CountDownLatch sending, CountDownLatch release) {
            this.sending = sending;
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (emitted >= SIZE) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            if (emitted >= HEAD.length) {
                if (emitted == HEAD.length) {
                    sending.countDown();
                }
                try {
                    if (!release.await(2, TimeUnit.MINUTES)) {
                        throw new InterruptedIOException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted");
                }
            }
            int n = emitted < HEAD.length ? Math.min(length, HEAD.length - emitted) : Math.min(length, SIZE - emitted);
            for (int i = 0; i < n; i++) {
                int at = emitted + i;
                buffer[offset + i] = at < HEAD.length ? HEAD[at] : (byte) ('a' + at % 26);
            }
            emitted += n;
            return n;
        }
    }
}

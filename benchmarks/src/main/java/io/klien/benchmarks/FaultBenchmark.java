package io.klien.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientFilter;
import io.klien.clients.ClientSearch;
import io.klien.clients.Clients;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.Onboardings;
import io.klien.shared.events.OutstandingEvents;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.TransactionException;

/**
 * How the backend behaves under load and through a PostgreSQL restart, server side: the staff clients grid's first
 * page timed idle, then while 10 slow uploads trickle in and 50 sessions (threads acting as signed-in members through
 * the services the views call) work with think time, then while PostgreSQL is stopped and started again under the
 * same load plus a thread committing comments whose notifications are counted afterwards. See benchmarks/README.md.
 */
public final class FaultBenchmark {

    static final double LOAD_GOAL = 2.0;
    static final double RECOVERY_GOAL_S = 60.0;
    /** A call that takes longer than this has hung: the pool waits 10 s for a connection, statements 30 s at most. */
    static final double HANG_S = 45.0;

    private FaultBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dbUrl = ClientsBenchmark.setting("klien.bench.perf-db-url", "jdbc:postgresql://127.0.0.1:5432/klien_perf");
        String adminUser = ClientsBenchmark.setting("klien.bench.admin-user", "postgres");
        String adminPassword = ClientsBenchmark.setting("klien.bench.admin-password", "");
        int sessions = Integer.parseInt(ClientsBenchmark.setting("klien.bench.sessions", "50"));
        int uploads = Integer.parseInt(ClientsBenchmark.setting("klien.bench.uploads", "10"));
        int uploadSeconds = Integer.parseInt(ClientsBenchmark.setting("klien.bench.upload-seconds", "25"));
        int outageSeconds = Integer.parseInt(ClientsBenchmark.setting("klien.bench.outage-seconds", "5"));
        String pgVersion = ClientsBenchmark.setting("klien.bench.pg-version", pgVersion());
        boolean restart = Boolean.parseBoolean(ClientsBenchmark.setting("klien.bench.restart", "true"));
        // a publication whose listener failed during the outage is resubmitted after 15 s (production: 5 min)
        System.setProperty("KLIEN_EVENTS_RESUBMISSION_OLDER_THAN", ClientsBenchmark.setting(
                "klien.bench.resubmit-older-than", "PT15S"));
        System.setProperty("KLIEN_EVENTS_RESUBMISSION_INTERVAL", "PT5S");

        try (ConfigurableApplicationContext context = BenchBackend.boot(dbUrl, adminUser, adminPassword, args)) {
            String poolSize = context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size");
            Fixture fixture;
            try (Connection admin = DriverManager.getConnection(dbUrl, adminUser, adminPassword)) {
                BenchBackend.requireSuperuser(admin);
                PerfData.ensureSeeded(admin);
                OnboardingBenchmark.seed(admin, context.getBean(Onboardings.class), context.getBean(OnboardingTemplates.class));
                fixture = Fixture.load(admin, uploads);
            }
            new Run(context, fixture, dbUrl, adminUser, adminPassword, sessions, uploadSeconds, outageSeconds, pgVersion,
                    restart, poolSize).all();
        } finally {
            if (!pgReady()) {
                System.out.println("PostgreSQL is not answering at the end: starting it");
                pg("start", ClientsBenchmark.setting("klien.bench.pg-version", pgVersion()));
            }
        }
        System.exit(0);
    }

    /** The steps, clients and onboardings the run acts on, read once as the superuser. */
    private record Fixture(List<UUID[]> uploadSteps, List<UUID[]> commentSteps, Map<Integer, List<UUID>> clientsByFirm,
            Map<Integer, List<UUID>> onboardingsByFirm) {

        /** uploadSteps: {stepId, clientId} of open client document requests in the big firm. */
        static Fixture load(Connection admin, int uploads) throws SQLException {
            List<UUID[]> uploadSteps = rows(admin, "select s.id, o.client_id from onboarding_step s join onboarding o"
                    + " on o.tenant_id = s.tenant_id and o.id = s.onboarding_id where s.tenant_id = ? and s.type = 'DOCUMENT_REQUEST'"
                    + " and s.owner_side = 'CLIENT' and s.state = 'OPEN' and o.status = 'IN_PROGRESS'"
                    + " and coalesce(jsonb_array_length(s.outcome -> 'documentIds'), 0) < 5 order by random() limit " + uploads, PerfData.tenantId(0));
            // comments by a client user on its own client step go to the onboarding's representative, who must be a
            // member of the firm to be notified (klien_perf has no memberships otherwise); no email, so no mail is due
            try (var s = admin.createStatement()) {
                s.execute("insert into membership (tenant_id, id, subject, email, display_name, role, status, created_at,"
                        + " updated_at) select md5('klien-perf-tenant-' || t)::uuid, md5('klien-perf-member-' || t || '-' || k)::uuid,"
                        + " 'perf-staff-' || k, 'perf-staff-' || k || '@firm' || t || '.test', 'Perf staff ' || k, 'STAFF', 'ACTIVE',"
                        + " now(), now() from generate_series(1, 10) t cross join generate_series(1, 25) k on conflict do nothing");
                s.execute("insert into notification_preference (tenant_id, id, subject, kind, email)"
                        + " select tenant_id, md5('klien-perf-preference-' || id)::uuid, subject, 'COMMENT', false from membership"
                        + " where subject like 'perf-staff-%' on conflict do nothing");
            }
            List<UUID[]> commentSteps = new ArrayList<>();
            for (int firm = 1; firm <= 10; firm++) {
                commentSteps.addAll(rows(admin, "select s.id, o.client_id, o.tenant_id from onboarding_step s join onboarding o"
                        + " on o.tenant_id = s.tenant_id and o.id = s.onboarding_id where s.tenant_id = ? and s.owner_side = 'CLIENT'"
                        + " and o.representative_subject is not null order by s.id limit 2", PerfData.tenantId(firm)));
            }
            Map<Integer, List<UUID>> clients = new TreeMap<>();
            Map<Integer, List<UUID>> onboardings = new TreeMap<>();
            for (int firm = 0; firm <= 20; firm++) {
                onboardings.put(firm, rows(admin, "select id from onboarding where tenant_id = ? order by id limit 200",
                        PerfData.tenantId(firm)).stream().map(r -> r[0]).toList());
                clients.put(firm, rows(admin, "select id from client where tenant_id = ? order by md5(id::text) limit 200",
                        PerfData.tenantId(firm)).stream().map(r -> r[0]).toList());
            }
            ClientsBenchmark.check(uploadSteps.size() == uploads, "not enough open document requests for " + uploads + " uploads");
            ClientsBenchmark.check(!commentSteps.isEmpty(), "no client step with a representative to comment on");
            return new Fixture(uploadSteps, commentSteps, clients, onboardings);
        }
    }

    /** Outcomes of calls of one kind: successes, failures by exception type, the slowest call. */
    private static final class Outcomes {
        final LongAdder ok = new LongAdder();
        final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unclean = new ConcurrentLinkedQueue<>();
        final AtomicLong slowestNanos = new AtomicLong();

        <T> T call(Supplier<T> work) {
            long start = System.nanoTime();
            try {
                T result = work.get();
                ok.increment();
                return result;
            } catch (RuntimeException e) {
                failures.computeIfAbsent(describe(e), k -> new LongAdder()).increment();
                if (!clean(e)) {
                    unclean.add(e.toString());
                }
                return null;
            } finally {
                slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        }

        long failed() {
            return failures.values().stream().mapToLong(LongAdder::sum).sum();
        }

        String summary() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d ok, %,d failed, slowest %.1f s",
                    ok.sum(), failed(), slowestNanos.get() / 1e9));
            failures.forEach((type, n) -> s.append(String.format(Locale.ROOT, "%n      %,5d x %s", n.sum(), type)));
            return s.toString();
        }
    }

    /** A failure the UI can classify (data access or transaction), or not. */
    static boolean clean(Throwable e) {
        return e instanceof DataAccessException || e instanceof TransactionException;
    }

    /** The exception's type, its category, and its innermost cause's type. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String category = e instanceof DataAccessException ? "DataAccessException"
                : e instanceof TransactionException ? "TransactionException" : "UNCLASSIFIED";
        return e.getClass().getSimpleName() + " [" + category + "]" + (root == e ? "" : " <- " + root.getClass().getSimpleName());
    }

    private static final class Run {
        private final Clients clients;
        private final ClientSearch clientSearch;
        private final ClientContacts clientContacts;
        private final Onboardings onboardings;
        private final OnboardingUploads uploads;
        private final OutstandingEvents outstanding;
        private final Fixture fixture;
        private final String dbUrl;
        private final String adminUser;
        private final String adminPassword;
        private final int sessions;
        private final int uploadSeconds;
        private final int outageSeconds;
        private final String pgVersion;
        private final boolean restart;
        private final String poolSize;
        private final Scope staff = Scope.member(PerfData.tenantId(0), "perf-staff-1", "STAFF", null, false);
        private final String commenter = "perf-fault-client-" + System.currentTimeMillis();
        private final AtomicBoolean sessionsRunning = new AtomicBoolean(true);
        private volatile Outcomes sessionOutcomes = new Outcomes();

        Run(ConfigurableApplicationContext context, Fixture fixture, String dbUrl, String adminUser, String adminPassword,
                int sessions, int uploadSeconds, int outageSeconds, String pgVersion, boolean restart, String poolSize) {
            this.clients = context.getBean(Clients.class);
            this.clientSearch = context.getBean(ClientSearch.class);
            this.clientContacts = context.getBean(ClientContacts.class);
            this.onboardings = context.getBean(Onboardings.class);
            this.uploads = context.getBean(OnboardingUploads.class);
            this.outstanding = context.getBean(OutstandingEvents.class);
            this.fixture = fixture;
            this.dbUrl = dbUrl;
            this.adminUser = adminUser;
            this.adminPassword = adminPassword;
            this.sessions = sessions;
            this.uploadSeconds = uploadSeconds;
            this.outageSeconds = outageSeconds;
            this.pgVersion = pgVersion;
            this.restart = restart;
            this.poolSize = poolSize;
        }

        private Object gridPage() {
            return TenantContext.callIn(staff, () -> clientSearch.list(ClientFilter.all(), PageRequest.of(0, 50, Sort.by("name"))));
        }

        void all() throws Exception {
            System.out.printf(Locale.ROOT, "%nApplication pool: %s connections (KLIEN_DB_POOL_SIZE); %d sessions, %d slow uploads%n",
                    poolSize, sessions, fixture.uploadSteps().size());

            // 1. idle
            // warm (JIT, caches) as the loaded phase will be after its first seconds, else idle looks slower than loaded
            for (int i = 0; i < 3_000; i++) {
                gridPage();
            }
            double[] idle = timeGrid(300, 0);
            System.out.printf(Locale.ROOT, "%n1. Idle: clients grid first page (big firm, staff), %d calls: p50 %.2f ms, p95 %.2f ms%n",
                    idle.length, pct(idle, 0.50), pct(idle, 0.95));

            // 2. loaded
            List<Thread> sessionThreads = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                int n = i;
                sessionThreads.add(Thread.ofPlatform().name("session-" + i).daemon().start(() -> session(n)));
            }
            Outcomes uploadOutcomes = new Outcomes();
            List<Thread> uploadThreads = new ArrayList<>();
            List<Double> uploadTimes = new ArrayList<>();
            for (UUID[] step : fixture.uploadSteps()) {
                uploadThreads.add(Thread.ofPlatform().name("upload-" + step[0]).daemon().start(() -> {
                    Scope client = Scope.member(PerfData.tenantId(0), "perf-client-" + step[1], "CLIENT", step[1], false);
                    long start = System.nanoTime();
                    uploadOutcomes.call(() -> TenantContext.callIn(client, () -> uploads.upload(step[0], "slow-upload.pdf",
                            "application/pdf", new TricklingPdf(16 * 1024, 100, uploadSeconds * 10))));
                    synchronized (uploadTimes) {
                        uploadTimes.add((System.nanoTime() - start) / 1e9);
                    }
                }));
            }
            Thread.sleep(2_000);
            List<Double> loadedMs = new ArrayList<>();
            Outcomes loadedGrid = new Outcomes();
            while (uploadThreads.stream().anyMatch(Thread::isAlive)) {
                long start = System.nanoTime();
                if (loadedGrid.call(this::gridPage) != null) {
                    loadedMs.add((System.nanoTime() - start) / 1e6);
                }
            }
            Outcomes loadedSessions = sessionOutcomes;
            sessionOutcomes = new Outcomes();
            double[] loaded = loadedMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double ratio = pct(loaded, 0.95) / pct(idle, 0.95);
            System.out.printf(Locale.ROOT, "%n2. Loaded (%d slow uploads of %.1f MB over ~%d s + %d sessions with 0.5-1.5 s think time):%n",
                    fixture.uploadSteps().size(), uploadSeconds * 10 * 16 / 1024.0, uploadSeconds, sessions);
            System.out.printf(Locale.ROOT, "   grid first page, %,d calls back to back: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                    loaded.length, pct(loaded, 0.50), pct(loaded, 0.95), pct(loaded, 0.99));
            System.out.printf(Locale.ROOT, "   grid calls: %s%n", loadedGrid.summary());
            System.out.printf(Locale.ROOT, "   uploads: %s; took %s s%n", uploadOutcomes.summary(),
                    uploadTimes.stream().sorted().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList());
            System.out.printf(Locale.ROOT, "   session calls: %s%n", loadedSessions.summary());
            boolean loadMet = ratio < LOAD_GOAL && loadedGrid.failed() == 0 && uploadOutcomes.failed() == 0;
            System.out.printf(Locale.ROOT, "VERDICT load: loaded p95 / idle p95 = %.2f (goal < %.0fx, pool %s): %s%n", ratio,
                    LOAD_GOAL, poolSize, loadMet ? "met" : "NOT MET");

            // 3. PostgreSQL restart under load, with a notice generator
            if (restart) {
                restartPhase();
            }
            sessionsRunning.set(false);
            for (Thread t : sessionThreads) {
                t.join(60_000);
            }
        }

        private void restartPhase() throws Exception {
            long runStart = System.currentTimeMillis();
            AtomicBoolean generating = new AtomicBoolean(true);
            Outcomes comments = new Outcomes();
            Thread generator = Thread.ofPlatform().name("notice-generator").daemon().start(() -> {
                int i = 0;
                while (generating.get()) {
                    UUID[] step = fixture.commentSteps().get(i++ % fixture.commentSteps().size());
                    Scope client = Scope.member(step[2], commenter, "CLIENT", step[1], false);
                    comments.call(() -> TenantContext.callIn(client, () -> onboardings.comment(step[0], null,
                            "Fault benchmark comment " + UUID.randomUUID())));
                    sleep(200);
                }
            });
            Outcomes grid = new Outcomes();
            List<long[]> gridLog = new ArrayList<>(); // {time ms, ok 1/0, duration ms}
            Outcomes freshGrid = new Outcomes();
            List<long[]> freshLog = new ArrayList<>(); // {time ms, ok 1/0}
            AtomicBoolean probing = new AtomicBoolean(true);
            Thread prober = Thread.ofPlatform().name("grid-prober").daemon().start(() -> {
                while (probing.get()) {
                    long start = System.nanoTime();
                    boolean ok = grid.call(this::gridPage) != null;
                    synchronized (gridLog) {
                        gridLog.add(new long[] {System.currentTimeMillis(), ok ? 1 : 0, (System.nanoTime() - start) / 1_000_000});
                    }
                    // the same call on a thread that never saw a failure (as a new request thread would)
                    try {
                        Thread.ofPlatform().start(() -> {
                            boolean freshOk = freshGrid.call(this::gridPage) != null;
                            synchronized (freshLog) {
                                freshLog.add(new long[] {System.currentTimeMillis(), freshOk ? 1 : 0});
                            }
                        }).join();
                    } catch (InterruptedException e) {
                        return;
                    }
                    sleep(100);
                }
            });
            Thread.sleep(5_000);
            long stopAt = System.currentTimeMillis();
            System.out.printf(Locale.ROOT, "%n3. PostgreSQL %s: stopping it, waiting %d s, starting it (sessions, grid prober"
                    + " and notice generator keep running)%n", pgVersion, outageSeconds);
            pg("stop", pgVersion);
            long stoppedAt = System.currentTimeMillis();
            Thread.sleep(outageSeconds * 1000L);
            pg("start", pgVersion);
            long startedAt = System.currentTimeMillis();
            System.out.printf(Locale.ROOT, "   stop took %.1f s, start took %.1f s%n", (stoppedAt - stopAt) / 1e3,
                    (startedAt - stoppedAt - outageSeconds * 1000L) / 1e3);
            // until the grid answers again (or 120 s)
            long recoveredAt = -1;
            while (recoveredAt < 0 && System.currentTimeMillis() - startedAt < 75_000) {
                synchronized (gridLog) {
                    for (long[] e : gridLog) {
                        if (e[1] == 1 && e[0] >= startedAt) {
                            recoveredAt = e[0];
                            break;
                        }
                    }
                }
                Thread.sleep(50);
            }
            Thread.sleep(15_000);
            generating.set(false);
            probing.set(false);
            generator.join(60_000);
            prober.join(60_000);
            sessionsRunning.set(false);
            Outcomes restartSessions = sessionOutcomes;
            Thread.sleep(3_000);

            long firstFailure = gridLog.stream().filter(e -> e[1] == 0).mapToLong(e -> e[0]).min().orElse(-1);
            double recoverySeconds = recoveredAt < 0 ? Double.NaN : (recoveredAt - stopAt) / 1e3;
            System.out.printf(Locale.ROOT, "   grid answered again %.1f s after the stop began (%.1f s after PostgreSQL was"
                    + " started again)%s%n", recoverySeconds, recoveredAt < 0 ? Double.NaN : (recoveredAt - startedAt) / 1e3,
                    firstFailure < 0 ? "" : String.format(Locale.ROOT, "; first failed grid call %.1f s after the stop began",
                            (firstFailure - stopAt) / 1e3));
            long freshRecovered = freshLog.stream().filter(e -> e[1] == 1 && e[0] >= startedAt).mapToLong(e -> e[0]).min()
                    .orElse(-1);
            System.out.printf(Locale.ROOT, "   the same grid call, each on a new thread: answered again %.1f s after the stop"
                    + " began; %s%n", freshRecovered < 0 ? Double.NaN : (freshRecovered - stopAt) / 1e3, freshGrid.summary());
            long okAfter = gridLog.stream().filter(e -> e[1] == 1 && e[0] >= startedAt).count();
            long failedAfter = gridLog.stream().filter(e -> e[1] == 0 && e[0] >= startedAt).count();
            System.out.printf(Locale.ROOT, "   grid prober (one long-lived thread, like a pooled request thread): %s%n"
                    + "      after PostgreSQL was started again: %,d ok, %,d failed%n", grid.summary(), okAfter, failedAfter);
            System.out.printf(Locale.ROOT, "   session calls: %s%n", restartSessions.summary());
            System.out.printf(Locale.ROOT, "   notice generator (comments by a client user): %s%n", comments.summary());
            List<String> unclean = new ArrayList<>();
            unclean.addAll(grid.unclean);
            unclean.addAll(freshGrid.unclean);
            unclean.addAll(restartSessions.unclean);
            unclean.addAll(comments.unclean);
            unclean.stream().distinct().limit(10).forEach(u -> System.out.println("   unclassified failure: " + u));
            double slowest = Math.max(grid.slowestNanos.get(), Math.max(restartSessions.slowestNanos.get(),
                    comments.slowestNanos.get())) / 1e9;
            boolean recoveryMet = recoveredAt >= 0 && recoverySeconds < RECOVERY_GOAL_S;
            System.out.printf(Locale.ROOT, "VERDICT recovery: grid serves again after %.1f s (goal < %.0f s): %s%n",
                    recoverySeconds, RECOVERY_GOAL_S, recoveryMet ? "met" : "NOT MET");
            boolean cleanMet = unclean.isEmpty() && slowest < HANG_S;
            System.out.printf(Locale.ROOT, "VERDICT clean errors: %,d failed calls, %d unclassified, slowest call %.1f s"
                    + " (goal: all DataAccessException/TransactionException, none over %.0f s): %s%n",
                    grid.failed() + restartSessions.failed() + comments.failed(), unclean.size(), slowest, HANG_S,
                    cleanMet ? "met" : "NOT MET");

            // no lost notification: every committed comment gets its notification, after resubmission if need be
            long deadline = System.currentTimeMillis() + 90_000;
            long[] counts = notificationCounts(runStart);
            long resubmissions = 0;
            while (counts[1] < counts[0] && System.currentTimeMillis() < deadline) {
                Thread.sleep(5_000);
                try {
                    outstanding.resubmitOlderThan(Duration.ofSeconds(10));
                    resubmissions++;
                } catch (RuntimeException e) {
                    System.out.println("   resubmission failed: " + describe(e));
                }
                counts = notificationCounts(runStart);
            }
            System.out.printf(Locale.ROOT, "   comments: %,d returned OK to the caller, %,d committed (in the database; %,d"
                    + " whose call failed yet committed), %,d notifications for them (%,d distinct), after %d direct"
                    + " resubmission runs; %,d step-comment publications still incomplete%n", comments.ok.sum(), counts[0],
                    counts[0] - comments.ok.sum(), counts[1], counts[2], resubmissions, counts[3]);
            boolean noLoss = counts[0] > 0 && counts[1] == counts[0] && counts[2] == counts[0];
            System.out.printf(Locale.ROOT, "VERDICT no lost notification: %,d committed comments, %,d notifications: %s%n",
                    counts[0], counts[2], noLoss ? "met" : "NOT MET");
        }

        /** {committed comments of this run, their notifications, distinct ones, incomplete step-comment publications}. */
        private long[] notificationCounts(long runStart) throws SQLException {
            try (Connection admin = DriverManager.getConnection(dbUrl, adminUser, adminPassword);
                    PreparedStatement ps = admin.prepareStatement("select (select count(*) from onboarding_step_comment"
                            + " where author_subject = ?), (select count(*) from notification n join onboarding_step_comment c"
                            + " on n.tenant_id = c.tenant_id and n.dedupe_key = 'comment:' || c.id where c.author_subject = ?),"
                            + " (select count(distinct (n.tenant_id, n.dedupe_key)) from notification n join onboarding_step_comment c"
                            + " on n.tenant_id = c.tenant_id and n.dedupe_key = 'comment:' || c.id where c.author_subject = ?),"
                            + " (select count(*) from event_publication where completion_date is null"
                            + " and listener_id like '%step-commented%' and publication_date >= to_timestamp(? / 1000.0))")) {
                ps.setString(1, commenter);
                ps.setString(2, commenter);
                ps.setString(3, commenter);
                ps.setLong(4, runStart);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
                }
            } catch (SQLException e) {
                System.out.println("   counting failed (" + e.getMessage() + "); retrying");
                return new long[] {1, 0, 0, -1};
            }
        }

        /** A signed-in member of a firm: grid pages, client pages and checklists, with think time. */
        private void session(int n) {
            int firm = n % 5 == 0 ? 0 : 1 + n % 20;
            Scope member = Scope.member(PerfData.tenantId(firm), "perf-staff-" + (1 + n % 25), n % 3 == 0 ? "TENANT_ADMIN" : "STAFF",
                    null, false);
            List<UUID> firmClients = fixture.clientsByFirm().get(firm);
            List<UUID> firmOnboardings = fixture.onboardingsByFirm().get(firm);
            Random random = new Random(n);
            sleep(random.nextInt(1_000));
            while (sessionsRunning.get()) {
                Outcomes outcomes = sessionOutcomes;
                int what = random.nextInt(3);
                outcomes.call(() -> TenantContext.callIn(member, () -> switch (what) {
                    case 0 -> clientSearch.list(ClientFilter.all(), PageRequest.of(random.nextInt(4), 50, Sort.by("name")));
                    case 1 -> {
                        UUID id = firmClients.get(random.nextInt(firmClients.size()));
                        yield List.of(clients.profile(id), clientContacts.contacts(id), clients.timeline(id, PageRequest.of(0, 50)));
                    }
                    default -> firmOnboardings.isEmpty() ? List.of()
                            : onboardings.checklist(firmOnboardings.get(random.nextInt(firmOnboardings.size())));
                }));
                sleep(500 + random.nextInt(1_000));
            }
        }

        private double[] timeGrid(int calls, long pauseMs) {
            double[] ms = new double[calls];
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                gridPage();
                ms[i] = (System.nanoTime() - start) / 1e6;
                sleep(pauseMs);
            }
            Arrays.sort(ms);
            return ms;
        }
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : BenchBackend.percentile(sorted, p);
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<UUID[]> rows(Connection admin, String sql, UUID tenant) throws SQLException {
        List<UUID[]> rows = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setObject(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    UUID[] row = new UUID[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1, UUID.class);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The PostgreSQL version directory under /etc/postgresql (the one cluster "main" of this machine). */
    static String pgVersion() {
        String[] versions = new java.io.File("/etc/postgresql").list();
        if (versions == null || versions.length == 0) {
            return "15";
        }
        Arrays.sort(versions);
        return versions[versions.length - 1];
    }

    static void pg(String action, String version) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " failed: " + out);
        }
    }

    static boolean pgReady() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pg_isready", "-h", "127.0.0.1", "-p", "5432").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** A PDF-looking upload that trickles: a chunk every interval, as a slow connection delivers it. */
    private static final class TricklingPdf extends InputStream {
        private static final byte[] HEAD = "%PDF-1.7\n%slow\n".getBytes(StandardCharsets.US_ASCII);
        private final int chunk;
        private final long intervalMs;
        private final long size;
        private long position;

        TricklingPdf(int chunk, long intervalMs, int chunks) {
            this.chunk = chunk;
            this.intervalMs = intervalMs;
            this.size = (long) chunk * chunks;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            if (position > 0 && position % chunk == 0) {
                sleep(intervalMs);
            }
            int n = (int) Math.min(Math.min(length, size - position), chunk - position % chunk);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = at < HEAD.length ? HEAD[(int) at] : (byte) ((at * 31) % 251);
            }
            position += n;
            return n;
        }
    }
}

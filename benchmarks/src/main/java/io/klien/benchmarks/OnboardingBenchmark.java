package io.klien.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import io.klien.ClientsBenchmarkApplication;
import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentType;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.onboarding.OnboardingFilter;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Server-side latency of onboarding at volume: 2,000 running onboardings in the big firm of {@code klien_perf} and 20
 * in each of its 100 other firms (started once through the real service), then the onboarding board's first page,
 * a filtered board page and a client's checklist; and a 20 MB upload streamed into document storage with the live
 * heap measured while it runs. See benchmarks/README.md.
 */
public final class OnboardingBenchmark {

    static final int BIG_ONBOARDINGS = 2_000;
    static final int SMALL_ONBOARDINGS = 20;
    static final long UPLOAD_BYTES = 20L * 1024 * 1024;

    private OnboardingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dbUrl = ClientsBenchmark.setting("klien.bench.perf-db-url", "jdbc:postgresql://127.0.0.1:5432/klien_perf");
        String adminUser = ClientsBenchmark.setting("klien.bench.admin-user", "postgres");
        String adminPassword = ClientsBenchmark.setting("klien.bench.admin-password", "");
        int iterations = Integer.parseInt(ClientsBenchmark.setting("klien.bench.iterations", "300"));
        int warmup = Integer.parseInt(ClientsBenchmark.setting("klien.bench.warmup", "100"));
        Random random = new Random(Long.parseLong(ClientsBenchmark.setting("klien.bench.seed", "42")));
        try (ConfigurableApplicationContext context = BenchBackend.boot(dbUrl, adminUser, adminPassword, args)) {
            Onboardings onboardings = context.getBean(Onboardings.class);
            OnboardingTemplates templates = context.getBean(OnboardingTemplates.class);
            List<UUID> big;
            try (Connection admin = DriverManager.getConnection(dbUrl, adminUser, adminPassword)) {
                BenchBackend.requireSuperuser(admin);
                PerfData.ensureSeeded(admin);
                seed(admin, onboardings, templates);
                big = onboardingsOf(admin, PerfData.tenantId(0));
            }
            Scope staff = staff(0);
            List<String[]> rows = new ArrayList<>();
            rows.add(measure("(a) onboarding board, first page", warmup, iterations, staff, i -> onboardings.board(
                    new OnboardingFilter(null, null, false, OnboardingStatus.IN_PROGRESS), PageRequest.of(0, 50))));
            rows.add(measure("(b) board: overdue only, page 2", warmup, iterations, staff, i -> onboardings.board(
                    new OnboardingFilter(null, null, true, null), PageRequest.of(1, 50))));
            rows.add(measure("(c) a client's checklist", warmup, iterations, staff,
                    i -> onboardings.checklist(big.get(random.nextInt(big.size())))));
            System.out.printf(Locale.ROOT, "%nServer-side time per call, firm with %,d running onboardings (+%d firms with %d"
                    + " each); %d warm-up + %d measured calls each%n", big.size(), ClientsBenchmark.SMALL_TENANTS,
                    SMALL_ONBOARDINGS, warmup, iterations);
            System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s %10s  %s%n", "operation", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "JDBC stmts", "p95 < 50 ms");
            rows.forEach(r -> System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s %10s  %s%n", (Object[]) r));
            upload(context.getBean(Documents.class), staff);
        }
        System.exit(0);
    }

    private static Scope staff(int tenant) {
        return Scope.member(PerfData.tenantId(tenant), "perf-staff-1", "TENANT_ADMIN", null, false);
    }

    /** Starts the onboardings through the service (first run only): the law firm's seeded template, one per client. */
    static void seed(Connection admin, Onboardings onboardings, OnboardingTemplates templates) throws SQLException {
        long start = System.nanoTime();
        int started = 0;
        for (int tenant = 0; tenant <= ClientsBenchmark.SMALL_TENANTS; tenant++) {
            UUID tenantId = PerfData.tenantId(tenant);
            int wanted = tenant == 0 ? BIG_ONBOARDINGS : SMALL_ONBOARDINGS;
            int have = onboardingsOf(admin, tenantId).size();
            if (have >= wanted) {
                continue;
            }
            List<UUID> clients = clientsWithoutOnboarding(admin, tenantId, wanted - have);
            Scope scope = staff(tenant);
            UUID template = TenantContext.callIn(scope, () -> templates.list().getFirst().templateId());
            for (UUID client : clients) {
                TenantContext.callIn(scope, () -> onboardings.start(client, template));
                started++;
            }
        }
        if (started > 0) {
            try (var s = admin.createStatement()) {
                // a third of the big firm's onboardings started three weeks earlier, so "overdue" has rows to find
                String backdated = "(select id from onboarding where tenant_id = '" + PerfData.tenantId(0)
                        + "' and md5(id::text) < '55')";
                s.execute("update onboarding_step set due_date = due_date - 21 where onboarding_id in " + backdated);
                s.execute("update onboarding set next_due_date = next_due_date - 21, start_date = start_date - 21"
                        + " where id in " + backdated);
                s.execute("vacuum (analyze) onboarding, onboarding_step");
            }
            System.out.printf(Locale.ROOT, "Started %,d onboardings through Onboardings.start in %.1f s%n", started,
                    (System.nanoTime() - start) / 1e9);
        } else {
            System.out.println("Onboardings already seeded: skipping");
        }
    }

    private static List<UUID> onboardingsOf(Connection admin, UUID tenant) throws SQLException {
        return ids(admin, "select id from onboarding where tenant_id = ? and status = 'IN_PROGRESS' order by id", tenant, null);
    }

    private static List<UUID> clientsWithoutOnboarding(Connection admin, UUID tenant, int n) throws SQLException {
        return ids(admin, "select c.id from client c where c.tenant_id = ? and not exists (select 1 from onboarding o"
                + " where o.tenant_id = c.tenant_id and o.client_id = c.id) order by md5(c.id::text) limit ?", tenant, n);
    }

    private static List<UUID> ids(Connection admin, String sql, UUID tenant, Integer limit) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setObject(1, tenant);
            if (limit != null) {
                ps.setInt(2, limit);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static String[] measure(String name, int warmup, int iterations, Scope scope, IntFunction<Object> call) {
        for (int i = 0; i < warmup; i++) {
            int n = i;
            TenantContext.callIn(scope, () -> call.apply(n));
        }
        double[] ms = new double[iterations];
        long minStatements = Long.MAX_VALUE;
        long maxStatements = 0;
        for (int i = 0; i < iterations; i++) {
            int n = i;
            long before = ClientsBenchmarkApplication.STATEMENTS.get();
            long start = System.nanoTime();
            TenantContext.callIn(scope, () -> call.apply(n));
            ms[i] = (System.nanoTime() - start) / 1e6;
            long statements = ClientsBenchmarkApplication.STATEMENTS.get() - before;
            minStatements = Math.min(minStatements, statements);
            maxStatements = Math.max(maxStatements, statements);
        }
        Arrays.sort(ms);
        double p95 = BenchBackend.percentile(ms, 0.95);
        return new String[] {name, f(BenchBackend.percentile(ms, 0.50)), f(p95), f(BenchBackend.percentile(ms, 0.99)), f(ms[ms.length - 1]),
                minStatements == maxStatements ? Long.toString(minStatements) : minStatements + "-" + maxStatements,
                p95 < ClientsBenchmark.GOAL_MS ? "met" : "NOT MET"};
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Streams a generated 20 MB PDF into document storage twice: once timed, once with a sampler forcing a GC every
     * 20 ms and reading the heap in use right after it (the live heap), whose peak over the baseline is reported.
     */
    private static void upload(Documents documents, Scope scope) throws InterruptedException {
        DocumentPolicy policy = DocumentPolicy.of(UPLOAD_BYTES + 1024 * 1024, DocumentType.PDF);
        DocumentOwner owner = new DocumentOwner("BENCHMARK", UUID.randomUUID(), null);
        long start = System.nanoTime();
        DocumentView timed = TenantContext.callIn(scope, () -> documents.store(owner, "bench.pdf", "application/pdf",
                new GeneratedPdf(UPLOAD_BYTES), policy));
        double seconds = (System.nanoTime() - start) / 1e9;
        TenantContext.callIn(scope, () -> {
            documents.delete(timed.id());
            return null;
        });

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        DocumentView sampled = TenantContext.callIn(scope, () -> documents.store(owner, "bench.pdf", "application/pdf",
                new GeneratedPdf(UPLOAD_BYTES), policy));
        running.set(false);
        sampler.join();
        TenantContext.callIn(scope, () -> {
            documents.delete(sampled.id());
            return null;
        });
        System.out.printf(Locale.ROOT, "%n20 MB upload into document storage (1 MiB chunks, SHA-256 while streaming):"
                + " %.2f s, %.1f MB/s; stored size %,d bytes%n", seconds, UPLOAD_BYTES / 1048576.0 / seconds, timed.size());
        System.out.printf(Locale.ROOT, "Peak live heap growth during the upload: %.1f MB (baseline %.1f MB, peak %.1f MB;"
                + " goal: well under the 20 MB file)%n", (peak.get() - baseline) / 1048576.0, baseline / 1048576.0,
                peak.get() / 1048576.0);
    }

    /** A PDF-looking stream of the given size, generated as it is read (never held in memory). */
    private static final class GeneratedPdf extends InputStream {
        private static final byte[] HEAD = "%PDF-1.7\n%bench\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int b = position < HEAD.length ? HEAD[(int) position] : (int) ((position * 31) % 251);
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}

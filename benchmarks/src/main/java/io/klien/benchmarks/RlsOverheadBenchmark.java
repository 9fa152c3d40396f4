package io.klien.benchmarks;

import static io.klien.benchmarks.BenchDatabase.RLS_TABLE;
import static io.klien.benchmarks.BenchDatabase.TWIN_TABLE;
import static io.klien.benchmarks.BenchSettings.APP_ROLE;
import static io.klien.benchmarks.BenchSettings.OWNER_ROLE;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.UUID;

import io.klien.benchmarks.QueryPath.Query;

/**
 * What row-level security costs Klien: an indexed single-tenant query run as the application role with RLS applied
 * (A), against the same query on an identical table without RLS run as its owner (B). Prints throughput, p50/p95/p99
 * latency and the ratios for each query, and whether the goal (RLS costs at most 10%) is met. A cross-check (C) runs
 * the RLS table itself as the superuser, which bypasses RLS. A measurement, not a test: it exits 0 whatever the
 * figures are, and fails only when it cannot set up or when a path returns the wrong rows.
 *
 * <p>Run from the repository root: {@code ./mvnw -B -ntp -q -f benchmarks/pom.xml compile exec:java}. Settings:
 * see {@link BenchSettings} and benchmarks/README.md.
 */
public final class RlsOverheadBenchmark {

    /** The goal from the issue: RLS costs at most 10% in throughput and in p95 latency. */
    static final double GOAL = 0.10;

    /** Other processes using more CPU than this (on average) make throughput and p95 unreliable. */
    static final double BUSY_CPUS = 0.25;

    private RlsOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings s = BenchSettings.fromEnvironment();
        BenchDatabase db = new BenchDatabase(s);
        long began = System.nanoTime();

        System.out.println("Klien benchmark: what row-level security costs an indexed single-tenant query");
        System.out.println();
        System.out.println("Setup");
        db.ensureDatabaseAndRoles();
        List<String> problems = db.problemsWithSeededTables();
        if (problems.isEmpty()) {
            System.out.printf(Locale.ROOT, "  reusing the seeded tables (%,d rows each)%n", s.totalRows());
        } else {
            System.out.printf(Locale.ROOT, "  seeding %,d tenants x %,d rows = %,d rows into %s and %s (%s) ...%n",
                    s.tenants(), s.rowsPerTenant(), s.totalRows(), RLS_TABLE, TWIN_TABLE, problems.getFirst());
            long t0 = System.nanoTime();
            db.seed();
            System.out.printf(Locale.ROOT, "  seeded, indexed, vacuumed, analyzed and checkpointed in %.1f s%n",
                    seconds(System.nanoTime() - t0));
            problems = db.problemsWithSeededTables();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Seeding did not produce the expected tables: " + problems);
            }
        }

        String serverVersion;
        String sharedBuffers;
        try (Connection admin = db.connectAsAdmin(true); Statement st = admin.createStatement()) {
            serverVersion = text(st, "show server_version");
            sharedBuffers = text(st, "show shared_buffers");
        }
        System.out.printf(Locale.ROOT, "  PostgreSQL %s at %s, database %s, shared_buffers %s; Java %s; %d CPUs%n",
                serverVersion, s.server(), BenchSettings.DATABASE, sharedBuffers, Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  data: %,d tenants x %,d rows = %,d rows in each table, clustered by tenant;"
                + " indexes: primary key (tenant_id, id) and (tenant_id, name)%n", s.tenants(), s.rowsPerTenant(),
                s.totalRows());

        UUID[] tenantIds = new UUID[s.tenants()];
        for (int t = 1; t <= s.tenants(); t++) {
            tenantIds[t - 1] = BenchDatabase.tenantId(t);
        }

        List<QueryPath> paths = new ArrayList<>();
        Connection shared = null;
        try {
            String appWhy = "app role (owns nothing, not superuser, no BYPASSRLS) on the ENABLE+FORCE table: production";
            String ownerWhy = "owner on the twin: same rows, same physical order, same indexes, no RLS: the baseline";
            String bypassWhy = "superuser on the RLS table itself; bypasses RLS and privilege checks: a cross-check";
            if (s.separateSessions()) {
                paths.add(new QueryPath("A", "RLS on", APP_ROLE, RLS_TABLE, appWhy, db.connectAs(APP_ROLE), true));
                paths.add(new QueryPath("B", "RLS off", OWNER_ROLE, TWIN_TABLE, ownerWhy, db.connectAs(OWNER_ROLE), true));
                if (s.crossCheck()) {
                    paths.add(new QueryPath("C", "bypass", s.adminUser(), RLS_TABLE, bypassWhy, db.connectAsAdmin(true),
                            true));
                }
            } else {
                shared = db.connectAsAdmin(true);
                paths.add(new QueryPath("A", "RLS on", APP_ROLE, RLS_TABLE, appWhy, shared, false));
                paths.add(new QueryPath("B", "RLS off", OWNER_ROLE, TWIN_TABLE, ownerWhy, shared, false));
                if (s.crossCheck()) {
                    paths.add(new QueryPath("C", "bypass", s.adminUser(), RLS_TABLE, bypassWhy, shared, false));
                }
            }
            run(s, paths, tenantIds);
        } finally {
            for (QueryPath p : paths) {
                p.close();
            }
            if (shared != null) {
                shared.close();
            }
        }
        System.out.printf(Locale.ROOT, "%nTotal run time %.0f s.%n", seconds(System.nanoTime() - began));
    }

    private static void run(BenchSettings s, List<QueryPath> paths, UUID[] tenantIds) throws SQLException {
        QueryPath rls = paths.get(0);
        QueryPath owner = paths.get(1);
        UUID t1 = tenantIds[0];
        UUID t2 = tenantIds[1];

        // the RLS path must really be filtered by the policy, the others really not
        expect(rls.count("select count(*) from " + RLS_TABLE, null), 0, "app role without a tenant");
        expect(rls.count("select count(*) from " + RLS_TABLE, t1), s.rowsPerTenant(), "app role with a tenant");
        expect(rls.count("select count(*) from " + RLS_TABLE + " where tenant_id = ?", t1, t2), 0,
                "app role asking for another tenant's rows");
        for (QueryPath p : paths.subList(1, paths.size())) {
            expect(p.count("select count(*) from " + p.table + " where tenant_id = ?", t1, t2), s.rowsPerTenant(),
                    p.code + " asking for another tenant's rows");
        }
        System.out.printf(Locale.ROOT, "  checks passed: path A sees 0 rows without a tenant, %,d with one and none of"
                + " another tenant's even when it asks; the paths without RLS see other tenants' rows%n",
                s.rowsPerTenant());

        System.out.println();
        System.out.println("Paths compared");
        for (QueryPath p : paths) {
            System.out.printf(Locale.ROOT, "  %s %-7s  as %-17s on %-18s  %s%n", p.code, p.label, p.role, p.table, p.why);
        }
        System.out.println("  Every query is one transaction, the same on every path: begin; select set_config('role',"
                + " <role>, true), set_config('app.tenant_id', <tenant>, true); <query>; commit.");
        if (s.separateSessions()) {
            System.out.println("  Each path has its own connection, logged in as its role (klien.bench.sessions=separate).");
        } else {
            System.out.println("  All paths share one connection (one PostgreSQL backend) and switch role per transaction;"
                    + " RLS and privileges follow the role exactly as for a connection logged in as it. Separate backends"
                    + " differ by more than RLS costs when the scheduler places them on different CPUs"
                    + " (klien.bench.sessions=separate measures that way).");
        }
        System.out.println("  Timed end to end by the client, statements prepared once and reused; the same random tenants"
                + " in the same order on every path.");

        System.out.println();
        System.out.println("Plans (EXPLAIN ANALYZE of the prepared query after 6 executions, in the path's transaction)");
        UUID sampleId = BenchDatabase.clientId(1, Math.min(500, s.rowsPerTenant()));
        printPlan("A RLS on, " + Query.GRID_PAGE.label, rls.explain(Query.GRID_PAGE, t1, sampleId));
        printPlan("B RLS off, " + Query.GRID_PAGE.label, owner.explain(Query.GRID_PAGE, t1, sampleId));
        printPlan("A RLS on, " + Query.LOOKUP_BY_KEY.label, rls.explain(Query.LOOKUP_BY_KEY, t1, sampleId));

        List<Integer> backends = new ArrayList<>();
        for (QueryPath p : paths) {
            int pid = p.backendPid();
            if (!backends.contains(pid)) {
                backends.add(pid);
            }
        }
        CpuMonitor cpu = s.localServer() ? new CpuMonitor(backends) : null;

        // Each comparison runs on its own, so that its two paths compete for shared_buffers on equal terms
        // (the tables are larger than shared_buffers; a third path on one of the tables would favour it).
        System.out.println();
        System.out.printf(Locale.ROOT, "Measurement: per comparison, %,d warm-up then %,d queries per path and query in %,d"
                + " rounds of %,d; each round alternates which path goes first%n", s.warmup(), s.measuredQueries(),
                s.rounds(), s.queriesPerRound());
        List<String> verdicts = new ArrayList<>();
        Comparison main = compare(s, List.of(rls, owner), tenantIds, cpu);
        printComparison("RLS on (A) vs RLS off (B): the goal", main, List.of(rls, owner), verdicts);
        if (paths.size() > 2) {
            Comparison cross = compare(s, List.of(rls, paths.get(2)), tenantIds, cpu);
            printComparison("RLS on (A) vs superuser bypassing RLS on the same table (C): cross-check", cross,
                    List.of(rls, paths.get(2)), null);
        }
        System.out.println();
        StringBuilder planned = new StringBuilder("Planning during the run (pg_prepared_statements):");
        for (QueryPath p : paths) {
            long[] counts = p.planCounts();
            planned.append(String.format(Locale.ROOT, " %s %,d generic / %,d custom plans;", p.code, counts[0], counts[1]));
        }
        System.out.println(planned.substring(0, planned.length() - 1) + ".");
        System.out.println("Goal, RLS costs at most 10% (A vs B): " + String.join("; ", verdicts) + "."
                + (main.busy() ? " Measured while other processes were busy: see the warning above." : ""));
        System.out.println("  (met when the A/B throughput ratio, overall and the median per round, is at least 0.90 and"
                + " the A/B p95 ratio at most 1.10)");
    }

    /** Figures of one comparison: per query, per path. */
    private record Comparison(Stats[][] stats, double[][] roundRatioQuartiles, double seconds, OptionalDouble otherCpus) {
        boolean busy() {
            return otherCpus.isPresent() && otherCpus.getAsDouble() > BUSY_CPUS;
        }
    }

    private static Comparison compare(BenchSettings s, List<QueryPath> paths, UUID[] tenantIds, CpuMonitor cpu)
            throws SQLException {
        // warm-up: caches, JIT, server-side prepared statements and the plan cache
        Random warm = new Random(s.seed() ^ 0x5DEECE66DL);
        for (Query q : Query.values()) {
            for (QueryPath p : paths) {
                for (int i = 0; i < s.warmup(); i++) {
                    int t = 1 + warm.nextInt(s.tenants());
                    p.run(q, tenantIds[t - 1], BenchDatabase.clientId(t, 1 + warm.nextInt(s.rowsPerTenant())));
                }
            }
        }
        int per = s.queriesPerRound();
        int n = s.measuredQueries();
        int queryCount = Query.values().length;
        long[][][] latencies = new long[queryCount][paths.size()][n];
        long[][] busy = new long[queryCount][paths.size()];
        double[][][] roundQps = new double[queryCount][paths.size()][s.rounds()];
        CpuMonitor.Sample before = cpu == null ? null : cpu.sample();
        long measureStart = System.nanoTime();
        for (int r = 0; r < s.rounds(); r++) {
            for (Query q : Query.values()) {
                // the same tenants (and keys) in the same order for every path of the round
                Random rnd = new Random(s.seed() * 31 + r * 7L + q.ordinal());
                UUID[] tenants = new UUID[per];
                UUID[] ids = new UUID[per];
                for (int i = 0; i < per; i++) {
                    int t = 1 + rnd.nextInt(s.tenants());
                    tenants[i] = tenantIds[t - 1];
                    ids[i] = q == Query.LOOKUP_BY_KEY ? BenchDatabase.clientId(t, 1 + rnd.nextInt(s.rowsPerTenant())) : null;
                }
                for (int k = 0; k < paths.size(); k++) {
                    int pi = (r + k) % paths.size();
                    QueryPath p = paths.get(pi);
                    long[] into = latencies[q.ordinal()][pi];
                    long start = System.nanoTime();
                    for (int i = 0; i < per; i++) {
                        into[r * per + i] = p.run(q, tenants[i], ids[i]);
                    }
                    long elapsed = System.nanoTime() - start;
                    busy[q.ordinal()][pi] += elapsed;
                    roundQps[q.ordinal()][pi][r] = per / seconds(elapsed);
                }
            }
        }
        double measureSeconds = seconds(System.nanoTime() - measureStart);
        OptionalDouble others = cpu == null ? OptionalDouble.empty() : CpuMonitor.otherCpus(before, cpu.sample());
        Stats[][] stats = new Stats[queryCount][paths.size()];
        double[][] quartiles = new double[queryCount][];
        for (Query q : Query.values()) {
            for (int pi = 0; pi < paths.size(); pi++) {
                stats[q.ordinal()][pi] = Stats.of(latencies[q.ordinal()][pi], busy[q.ordinal()][pi]);
            }
            quartiles[q.ordinal()] = ratioQuartiles(roundQps[q.ordinal()][0], roundQps[q.ordinal()][1]);
        }
        return new Comparison(stats, quartiles, measureSeconds, others);
    }

    private static void printComparison(String title, Comparison c, List<QueryPath> paths, List<String> verdicts) {
        System.out.println();
        String others = c.otherCpus().isPresent()
                ? String.format(Locale.ROOT, "other processes used %.2f CPUs", c.otherCpus().getAsDouble())
                : "CPU use of other processes unknown";
        System.out.printf(Locale.ROOT, "%s (%.0f s; %s)%n", title, c.seconds(), others);
        if (c.busy()) {
            System.out.println("  WARNING: other processes kept the machine busy; throughput and p95 then move by 10-20%"
                    + " between runs. Trust p50 and the per-round median, or rerun on a quiet machine.");
        }
        String a = paths.get(0).code;
        String b = paths.get(1).code;
        for (Query q : Query.values()) {
            Stats[] stats = c.stats()[q.ordinal()];
            System.out.println("  " + q.label + ": " + q.sql.formatted("<table>"));
            System.out.printf(Locale.ROOT, "    %-10s %12s %9s %9s %9s%n", "path", "queries/s", "p50 ms", "p95 ms", "p99 ms");
            for (int pi = 0; pi < paths.size(); pi++) {
                System.out.printf(Locale.ROOT, "    %-10s %,12.0f %9.3f %9.3f %9.3f%n",
                        paths.get(pi).code + " " + paths.get(pi).label, stats[pi].qps, ms(stats[pi].p50),
                        ms(stats[pi].p95), ms(stats[pi].p99));
            }
            double throughputRatio = stats[0].qps / stats[1].qps;
            double p95Ratio = (double) stats[0].p95 / stats[1].p95;
            double[] rounds = c.roundRatioQuartiles()[q.ordinal()];
            // conservative: the goal needs both the overall and the median per-round throughput ratio within 10%
            boolean met = Math.min(throughputRatio, rounds[1]) >= 1 - GOAL && p95Ratio <= 1 + GOAL;
            System.out.printf(Locale.ROOT, "    %s/%s: throughput %.3f (per round: median %.3f, middle half %.3f-%.3f),"
                    + " p50 %.3f (%+.1f us), p95 %.3f%n      -> RLS costs %.1f%% throughput, %+.1f%% p95%s%n", a, b,
                    throughputRatio, rounds[1], rounds[0], rounds[2], (double) stats[0].p50 / stats[1].p50,
                    (stats[0].p50 - stats[1].p50) / 1e3, p95Ratio, (1 - throughputRatio) * 100, (p95Ratio - 1) * 100,
                    verdicts == null ? "" : ": goal (at most 10%) " + (met ? "MET" : "NOT MET"));
            if (verdicts != null) {
                verdicts.add(String.format(Locale.ROOT, "%s %s (%.1f%% throughput, %+.1f%% p95)", q.label,
                        met ? "MET" : "NOT MET", (1 - throughputRatio) * 100, (p95Ratio - 1) * 100));
            }
        }
    }

    private record Stats(double qps, long p50, long p95, long p99) {
        static Stats of(long[] latencies, long busyNanos) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return new Stats(sorted.length / seconds(busyNanos), percentile(sorted, 0.50), percentile(sorted, 0.95),
                    percentile(sorted, 0.99));
        }

        /** Nearest-rank percentile of sorted values. */
        private static long percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /** First quartile, median and third quartile of the per-round throughput ratios a[i] / b[i]. */
    private static double[] ratioQuartiles(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        Arrays.sort(ratios);
        return new double[] {quantile(ratios, 0.25), quantile(ratios, 0.5), quantile(ratios, 0.75)};
    }

    /** Linear-interpolation quantile of sorted values. */
    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    private static void printPlan(String title, List<String> plan) {
        System.out.println("  " + title + ":");
        for (String line : plan) {
            System.out.println("    " + line);
        }
    }

    private static void expect(long actual, long expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException("Check failed, " + what + ": " + actual + " rows, expected " + expected);
        }
    }

    private static String text(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

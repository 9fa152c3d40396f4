package io.klien.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import io.klien.ClientsBenchmarkApplication;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientFilter;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.search.GlobalSearch;
import io.klien.shared.NormalizedName;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Server-side latency of the clients/leads capability at scale: seeds (once) one big tenant with 100,000 clients,
 * 200,000 contacts and 1,000,000 timeline activities plus 100 small tenants into its own database {@code klien_perf},
 * boots the backend's services and times the clients grid, a filtered and sorted grid page, global search and the
 * client page, with the number of SQL statements per call. See benchmarks/README.md.
 */
public final class ClientsBenchmark {

    static final int SMALL_TENANTS = 100;
    static final int BIG_CLIENTS = 100_000;
    static final int SMALL_CLIENTS = 1_000;
    static final int BIG_CONTACTS_PER_CLIENT = 2;
    static final int BIG_ACTIVITIES_PER_CLIENT = 10;
    static final int SMALL_ACTIVITIES_PER_CLIENT = 2;
    static final int BIG_LEADS = 20_000;
    static final double GOAL_MS = 50.0;

    private ClientsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dbUrl = setting("klien.bench.perf-db-url", "jdbc:postgresql://127.0.0.1:5432/klien_perf");
        String adminUser = setting("klien.bench.admin-user", "postgres");
        String adminPassword = setting("klien.bench.admin-password", "");
        int iterations = Integer.parseInt(setting("klien.bench.iterations", "300"));
        int warmup = Integer.parseInt(setting("klien.bench.warmup", "100"));
        long seed = Long.parseLong(setting("klien.bench.seed", "42"));

        try (ConfigurableApplicationContext context = BenchBackend.boot(dbUrl, adminUser, adminPassword, args)) {
            List<UUID> sampleClients;
            try (Connection admin = DriverManager.getConnection(dbUrl, adminUser, adminPassword)) {
                BenchBackend.requireSuperuser(admin);
                PerfData.ensureSeeded(admin);
                sampleClients = PerfData.sampleClients(admin, 2_000, seed);
            }
            Statistics stats = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            stats.setStatisticsEnabled(true);
            new ClientsBenchmark.Run(context.getBean(Clients.class), context.getBean(ClientSearch.class),
                    context.getBean(ClientContacts.class), context.getBean(GlobalSearch.class), stats, sampleClients, new Random(seed), warmup, iterations, dbUrl, adminUser, adminPassword).all();
        }
        System.exit(0);
    }

    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null ? fallback : value;
    }

    /** One measured operation: its name, and the call for iteration i. */
    private record Operation(String name, IntFunction<Object> call) {
    }

    private record Figures(String name, double p50, double p95, double p99, double max, double jdbcStatements,
            double hibernateStatements, long minJdbc, long maxJdbc) {
    }

    private static final class Run {
        private final Clients clients;
        private final ClientSearch clientSearch;
        private final ClientContacts clientContacts;
        private final GlobalSearch search;
        private final Statistics stats;
        private final List<UUID> sample;
        private final Random random;
        private final int warmup;
        private final int iterations;
        private final String dbUrl;
        private final String adminUser;
        private final String adminPassword;
        private final Scope staff = Scope.member(PerfData.tenantId(0), "perf-staff-1", "STAFF", null, false);

        Run(Clients clients, ClientSearch clientSearch, ClientContacts clientContacts, GlobalSearch search,
                Statistics stats, List<UUID> sample, Random random, int warmup, int iterations, String dbUrl, String adminUser,
                String adminPassword) {
            this.clients = clients;
            this.clientSearch = clientSearch;
            this.clientContacts = clientContacts;
            this.search = search;
            this.stats = stats;
            this.sample = sample;
            this.random = random;
            this.warmup = warmup;
            this.iterations = iterations;
            this.dbUrl = dbUrl;
            this.adminUser = adminUser;
            this.adminPassword = adminPassword;
        }

        void all() throws SQLException {
            ClientStatus[] statuses = ClientStatus.values();
            List<Operation> operations = List.of(
                    new Operation("(a) clients grid, first page", i -> clientSearch.list(ClientFilter.all(),
                            PageRequest.of(0, 50, Sort.by("name")))),
                    new Operation("(b) grid: status + text, sorted, page 3", i -> clientSearch.list(
                            new ClientFilter(statuses[i % statuses.length], null, false, term(random)),
                            PageRequest.of(2, 50, Sort.by(Sort.Direction.DESC, "relationshipStart").and(Sort.by("name"))))),
                    new Operation("(c) global search (10 per kind)", i -> search.search(term(random), 10)),
                    new Operation("(d) client page", i -> {
                        UUID id = sample.get(random.nextInt(sample.size()));
                        return List.of(clients.profile(id), clientContacts.contacts(id),
                                clients.timeline(id, PageRequest.of(0, 50)));
                    }),
                    new Operation("(e) grid total, once per filter change", i -> clientSearch.count(i % 2 == 0 ? ClientFilter.all()
                            : new ClientFilter(statuses[i % statuses.length], null, false, term(random)))));
            List<Figures> figures = new ArrayList<>();
            for (Operation op : operations) {
                figures.add(measure(op));
            }
            System.out.printf(Locale.ROOT, "%nServer-side time per call, tenant with %,d clients; %d warm-up + %d measured calls each%n",
                    BIG_CLIENTS, warmup, iterations);
            System.out.printf(Locale.ROOT, "%-42s %8s %8s %8s %8s %12s %11s  %s%n", "operation", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "JDBC stmts", "Hibernate", "p95 < 50 ms");
            for (Figures f : figures) {
                String stmts = f.minJdbc() == f.maxJdbc() ? Long.toString(f.minJdbc())
                        : f.minJdbc() + "-" + f.maxJdbc();
                System.out.printf(Locale.ROOT, "%-42s %8.2f %8.2f %8.2f %8.2f %12s %11.1f  %s%n", f.name(), f.p50(),
                        f.p95(), f.p99(), f.max(), stmts, f.hibernateStatements(), f.p95() < GOAL_MS ? "met" : "NOT MET");
            }
            System.out.println("JDBC stmts: statements prepared/created on the app's connections per call (includes the"
                    + " per-transaction set_config); Hibernate: its prepared-statement count per call (mean).");
            if (Boolean.parseBoolean(setting("klien.bench.explain", "true"))) {
                explain();
            }
        }

        private Figures measure(Operation op) {
            for (int i = 0; i < warmup; i++) {
                TenantContext.callIn(staff, () -> op.call().apply(0));
            }
            double[] ms = new double[iterations];
            long[] jdbc = new long[iterations];
            long hibernateTotal = 0;
            for (int i = 0; i < iterations; i++) {
                int n = i;
                long jdbcBefore = ClientsBenchmarkApplication.STATEMENTS.get();
                long hibernateBefore = stats.getPrepareStatementCount();
                long start = System.nanoTime();
                Object result = TenantContext.callIn(staff, () -> op.call().apply(n));
                long end = System.nanoTime();
                if (result == null) {
                    throw new IllegalStateException(op.name() + " returned nothing");
                }
                ms[i] = (end - start) / 1e6;
                jdbc[i] = ClientsBenchmarkApplication.STATEMENTS.get() - jdbcBefore;
                hibernateTotal += stats.getPrepareStatementCount() - hibernateBefore;
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            long[] js = jdbc.clone();
            Arrays.sort(js);
            double jdbcMean = Arrays.stream(jdbc).average().orElse(0);
            return new Figures(op.name(), BenchBackend.percentile(sorted, 0.50), BenchBackend.percentile(sorted, 0.95), BenchBackend.percentile(sorted, 0.99),
                    sorted[sorted.length - 1], jdbcMean, (double) hibernateTotal / iterations, js[0], js[js.length - 1]);
        }


        /** The plans of the statements behind each operation, as the application role under RLS sees them. */
        private void explain() throws SQLException {
            String tenant = PerfData.tenantId(0).toString();
            UUID client = sample.get(0);
            String words = "select entity_id from search_term where tenant_id = '" + tenant + "' and kind = '%s'"
                    + " and term >= 'maj' and term < 'mak'";
            String[][] queries = {
                {"(a) grid page (slice: one row more than the page)", "select c.* from client c where c.tenant_id = '" + tenant
                        + "' order by c.name, c.id offset 0 rows fetch first 51 rows only"},
                {"(b) filtered page", "select c.* from client c where c.tenant_id = '" + tenant + "' and c.status = 'ACTIVE'"
                        + " and c.id in (" + words.formatted("CLIENT") + ") order by c.relationship_start desc, c.name"
                        + " offset 100 rows fetch first 51 rows only"},
                {"(c) client search", "select c.* from client c where c.tenant_id = '" + tenant + "' and c.id in ("
                        + words.formatted("CLIENT") + ") order by case when lower(c.name) like 'maj%' then 0 else 1 end, c.name limit 10"},
                {"(c) contact search", "select c.* from client_contact c where c.tenant_id = '" + tenant + "' and c.id in ("
                        + words.formatted("CONTACT") + ") order by case when lower(c.name) like 'maj%' then 0 else 1 end, c.name limit 10"},
                {"(d) timeline page", "select a.* from client_activity a where a.tenant_id = '" + tenant + "' and a.client_id = '" + client
                        + "' order by a.occurred_at desc offset 0 rows fetch first 50 rows only"},
            };
            System.out.println("\nPlans (EXPLAIN ANALYZE as klien_app with app.tenant_id set, i.e. under RLS):");
            try (Connection c = DriverManager.getConnection(dbUrl, adminUser, adminPassword); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("set local role klien_app");
                s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
                for (String[] q : queries) {
                    System.out.println("-- " + q[0] + ": " + q[1]);
                    try (ResultSet rs = s.executeQuery("explain (analyze, buffers, costs off) " + q[1])) {
                        while (rs.next()) {
                            System.out.println("   " + rs.getString(1));
                        }
                    }
                }
                c.rollback();
                c.rollback();
            }
        }
    }

    /** A search text as people type it: the start (3-6 letters) of a word that occurs in names. */
    static String term(Random random) {
        String word = PerfData.SEARCH_WORDS[random.nextInt(PerfData.SEARCH_WORDS.length)];
        int length = Math.min(word.length(), 3 + random.nextInt(4));
        return word.substring(0, Math.min(word.length(), length)).toLowerCase(Locale.ROOT);
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /** For the seed: is NormalizedName in Java what the seed's SQL computed? */
    static long normalizationMismatches(Connection admin) throws SQLException {
        long mismatches = 0;
        try (PreparedStatement ps = admin.prepareStatement("select name, normalized_name from client where tenant_id = ? "
                + "order by id limit 2000")) {
            ps.setObject(1, PerfData.tenantId(0));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!NormalizedName.of(rs.getString(1)).equals(rs.getString(2))) {
                        mismatches++;
                        System.out.println("normalized name differs: " + rs.getString(1) + " -> " + rs.getString(2));
                    }
                }
            }
        }
        return mismatches;
    }
}

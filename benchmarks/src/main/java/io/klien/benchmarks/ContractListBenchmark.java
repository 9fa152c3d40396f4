package io.klien.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;

import io.klien.contracts.ContractFilter;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.Contracts;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The staff contracts list at volume: one firm with 50,000 contracts (2-3 signatories each) next to 100 firms with 500,
 * timed through {@link Contracts#list} and {@link Contracts#count} as a staff member of the big firm (tenant context set,
 * row-level security on): p50/p95/p99/max and SQL statements per call. Goal from the issue: first page and a filtered
 * page p95 under 50 ms, with a constant statement count. Part of ./klien bench contracts (see benchmarks/README.md).
 */
final class ContractListBenchmark {

    static final double GOAL_MS = 50.0;

    /** What people type into the list's search box: words of titles and of client names, whole or begun. */
    static final String[] TYPED = {"retainer", "audit 2025", "maju", "sentosa", "nusantara jaya", "litig", "prima",
        "payroll", "compliance", "mitra"};

    private ContractListBenchmark() {
    }

    private record Operation(String name, boolean goal, IntFunction<Collection<?>> call) {
    }

    static void run(ConfigurableApplicationContext context, String dbUrl, String adminUser, String adminPassword,
            int warmup, int iterations) throws SQLException {
        UUID firm;
        try (Connection admin = DriverManager.getConnection(dbUrl, adminUser, adminPassword)) {
            BenchBackend.requireSuperuser(admin);
            ContractListData.ensureSeeded(context, admin);
            firm = ContractListData.bigFirm(admin);
            // as autovacuum would have by now: a migration that rewrote contract (or filled search_term) leaves the
            // visibility map empty, and every index-only scan would then visit the heap
            long vacuum = System.nanoTime();
            try (java.sql.Statement s = admin.createStatement()) {
                s.execute("vacuum (analyze) contract, contract_signatory, search_term, client");
            }
            System.out.printf(Locale.ROOT, "vacuum (analyze) of the list's tables: %.1f s%n", (System.nanoTime() - vacuum) / 1e9);
        }
        Contracts contracts = context.getBean(Contracts.class);
        Statistics stats = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        Scope staff = Scope.member(firm, "clist-staff-1", "STAFF", null, false);
        List<Operation> operations = List.of(
                new Operation("(a) first page (newest first)", true,
                        i -> contracts.list(ContractFilter.all(), PageRequest.of(0, 50))),
                new Operation("(b) filtered page: status + text", true,
                        i -> contracts.list(new ContractFilter(ContractStatus.ACTIVE, null, TYPED[i % TYPED.length]),
                                PageRequest.of(0, 50))),
                new Operation("(b2) filtered: text + ending in 90 days", true,
                        i -> contracts.list(new ContractFilter(null, null, TYPED[i % TYPED.length], 90),
                                PageRequest.of(0, 50))),
                new Operation("(c) page 20 sorted by title", false,
                        i -> contracts.list(ContractFilter.all(), PageRequest.of(19, 50, Sort.by("title")))),
                new Operation("(d) total, unfiltered", false, i -> List.of(contracts.count(ContractFilter.all()))),
                new Operation("(e) total, status + text", false, i -> List.of(contracts.count(
                        new ContractFilter(ContractStatus.ACTIVE, null, TYPED[i % TYPED.length])))));
        List<String> lines = new ArrayList<>();
        for (Operation op : operations) {
            lines.add(measure(op, staff, stats, warmup, iterations));
        }
        System.out.printf(Locale.ROOT, "%nContracts list, firm with %,d contracts (and %d firms with %,d); %d warm-up +"
                + " %d measured calls each, one thread%n", ContractListData.BIG_CONTRACTS, ContractListData.SMALL_FIRMS,
                ContractListData.SMALL_CONTRACTS, warmup, iterations);
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s %8s %11s %10s %10s  %s%n", "operation", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "rows", "JDBC stmts", "Hibernate", "p95 < 50 ms");
        lines.forEach(System.out::println);
        System.out.println("rows: rows returned per call (min-max); JDBC stmts: statements prepared/created on the app's"
                + " connections per call (min-max, includes the per-transaction set_config; counted on the calling thread only); Hibernate: its prepared"
                + " statements per call (mean).");
    }

    private static String measure(Operation op, Scope scope, Statistics stats, int warmup, int iterations) {
        boolean total = op.name().contains("total");
        CallTimer.Timings t = CallTimer.time(scope, i -> {
            Collection<?> result = op.call().apply(i);
            return total ? ((Number) result.iterator().next()).intValue() : result.size();
        }, stats, warmup, iterations);
        double p95 = t.percentile(0.95);
        return String.format(Locale.ROOT, "%-40s %8.2f %8.2f %8.2f %8.2f %11s %10s %10.1f  %s", op.name(),
                t.percentile(0.50), p95, t.percentile(0.99), t.max(), t.rows(), t.statements(), t.hibernatePerCall(),
                !op.goal() ? "" : p95 < GOAL_MS ? "met" : "NOT MET");
    }
}

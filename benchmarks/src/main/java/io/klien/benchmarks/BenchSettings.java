package io.klien.benchmarks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark connects to and how much it measures. Each setting is read from a system property
 * ({@code -Dklien.bench.admin-url=...}) or, failing that, an environment variable ({@code KLIEN_BENCH_ADMIN_URL}).
 */
record BenchSettings(
        String adminUrl,
        String adminUser,
        String adminPassword,
        String rolePassword,
        int tenants,
        int rowsPerTenant,
        int queries,
        int warmup,
        int rounds,
        long seed,
        boolean crossCheck,
        boolean separateSessions) {

    /** The dedicated database and roles; the benchmark never touches the application's {@code klien} database. */
    static final String DATABASE = "klien_bench";
    static final String OWNER_ROLE = "klien_bench_owner";
    static final String APP_ROLE = "klien_bench_app";

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    static BenchSettings fromEnvironment() {
        BenchSettings s = new BenchSettings(
                text("admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                text("admin-user", "postgres"),
                text("admin-password", ""),
                text("password", "klien_bench"),
                number("tenants", 1_000),
                number("rows-per-tenant", 1_000),
                number("queries", 20_000),
                number("warmup", 2_000),
                number("rounds", 1_000),
                number("seed", 20_261_122),
                Boolean.parseBoolean(text("cross-check", "true")),
                sessions(text("sessions", "shared")));
        if (!JDBC_URL.matcher(s.adminUrl).matches()) {
            throw new IllegalArgumentException("klien.bench.admin-url / KLIEN_BENCH_ADMIN_URL must look like "
                    + "jdbc:postgresql://host:port/database, got " + s.adminUrl);
        }
        if (s.tenants < 2 || s.rowsPerTenant < 50) {
            throw new IllegalArgumentException("Need at least 2 tenants and 50 rows per tenant (the grid page shows 50)");
        }
        if (s.rounds < 1 || s.queries < s.rounds || s.warmup < 0) {
            throw new IllegalArgumentException("Need rounds >= 1, queries >= rounds and warmup >= 0");
        }
        return s;
    }

    /** The admin URL pointed at the benchmark's own database. */
    String benchUrl() {
        Matcher m = JDBC_URL.matcher(adminUrl);
        if (!m.matches()) {
            throw new IllegalStateException(adminUrl);
        }
        return m.group(1) + "/" + DATABASE + (m.group(3) == null ? "" : m.group(3));
    }

    /** Host and port, for the report. */
    String server() {
        Matcher m = JDBC_URL.matcher(adminUrl);
        return m.matches() ? m.group(1).substring("jdbc:postgresql://".length()) : adminUrl;
    }

    /** Whether PostgreSQL runs on this machine (then the CPU use of other processes can be reported). */
    boolean localServer() {
        String host = server().replaceFirst(":\\d+$", "");
        return host.isEmpty() || host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    int queriesPerRound() {
        return queries / rounds;
    }

    int measuredQueries() {
        return queriesPerRound() * rounds;
    }

    long totalRows() {
        return (long) tenants * rowsPerTenant;
    }

    private static boolean sessions(String value) {
        return switch (value) {
            case "shared" -> false;
            case "separate" -> true;
            default -> throw new IllegalArgumentException("klien.bench.sessions must be shared or separate, got " + value);
        };
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty("klien.bench." + name);
        if (value == null || value.isBlank()) {
            value = System.getenv("KLIEN_BENCH_" + name.replace('-', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(String name, int fallback) {
        String value = text(name, Integer.toString(fallback)).replace("_", "").replace(",", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("klien.bench." + name + " must be a whole number, got " + value, e);
        }
    }
}

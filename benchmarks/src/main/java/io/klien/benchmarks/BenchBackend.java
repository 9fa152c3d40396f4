package io.klien.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

import io.klien.ClientsBenchmarkApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The backend as the benchmarks run it: non-web, against their own database, statements counted. */
final class BenchBackend {

    private BenchBackend() {
    }

    static ConfigurableApplicationContext boot(String dbUrl, String adminUser, String adminPassword, String[] args) {
        // klien-backend.properties (imported) reads KLIEN_DB_URL; system properties are seen by its placeholders
        System.setProperty("KLIEN_DB_URL", dbUrl);
        if (System.getenv("KLIEN_AUDIT_CHECKPOINT_KEY") == null) {
            System.setProperty("KLIEN_AUDIT_CHECKPOINT_KEY", "klien-benchmark-audit-checkpoint-key-not-for-production");
        }
        if (System.getenv("KLIEN_CONTRACTS_KEY") == null) {
            System.setProperty("KLIEN_CONTRACTS_KEY", "klien-benchmark-contracts-key-not-for-production");
        }
        SpringApplication app = new SpringApplication(ClientsBenchmarkApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of(
                "spring.config.import", "classpath:klien-backend.properties",
                "klien.local-services.enabled", "true",
                "klien.local-services.keycloak.enabled", "false",
                "klien.local-services.mail.enabled", "false",
                "klien.local-services.postgres.admin-user", adminUser,
                "klien.local-services.postgres.admin-password", adminPassword,
                "spring.security.oauth2.client.provider.keycloak.issuer-uri", "http://localhost:8180/realms/klien",
                "spring.main.web-application-type", "none",
                "spring.jpa.properties.hibernate.generate_statistics", "true",
                "logging.level.root", "WARN"));
        long bootStart = System.nanoTime();
        ConfigurableApplicationContext context = app.run(args);
        System.out.printf(Locale.ROOT, "Backend booted against %s (database created and migrated) in %.1f s%n",
                dbUrl, (System.nanoTime() - bootStart) / 1e9);
        return context;
    }

    static void requireSuperuser(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new IllegalStateException("klien.bench.admin-user must be a PostgreSQL superuser");
            }
        }
    }

    /** Work on a statement of the admin connection. */
    interface SqlWork {
        void run(Statement statement) throws SQLException;
    }

    /** Runs the work in one transaction of the admin connection, rolled back when it fails. */
    static void inOneTransaction(Connection admin, SqlWork work) throws SQLException {
        admin.setAutoCommit(false);
        try (Statement s = admin.createStatement()) {
            work.run(s);
            admin.commit();
        } catch (SQLException | RuntimeException e) {
            admin.rollback();
            throw e;
        } finally {
            admin.setAutoCommit(true);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
    }
}

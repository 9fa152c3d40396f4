package io.klien.localservices;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Creates the database, its owner role (Liquibase runs as it) and the application role (owns nothing, no
 * superuser, no BYPASSRLS) when they are missing. Talks to PostgreSQL as an administrator, which only a developer
 * machine has; real deployments create these once with their DBA.
 */
class PostgresBootstrap {

    private static final Log log = LogFactory.getLog(PostgresBootstrap.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final LocalServicesSettings settings;

    PostgresBootstrap(LocalServicesSettings settings) {
        this.settings = settings;
    }

    void ensureApplicationDatabase() {
        String database = JdbcUrl.parse(settings.jdbcUrl()).database();
        try (Connection admin = connectAsAdmin(settings.adminUrl())) {
            ensureRole(admin, settings.ownerUser(), settings.ownerPassword());
            ensureRole(admin, settings.appUser(), settings.appPassword());
            refuseOverprivilegedAppRole(admin, settings.appUser());
            boolean created = ensureDatabase(admin, database, settings.ownerUser());
            if (created) {
                log.info("Created database " + database + " owned by " + settings.ownerUser());
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
        try (Connection admin = connectAsAdmin(JdbcUrl.parse(settings.jdbcUrl()).withDatabase(database));
                Statement st = admin.createStatement()) {
            st.execute("revoke all on database " + id(database) + " from public");
            st.execute("grant connect, temporary on database " + id(database) + " to " + id(settings.appUser()));
            st.execute("alter schema public owner to " + id(settings.ownerUser()));
            st.execute("revoke create on schema public from public");
            st.execute("grant usage on schema public to " + id(settings.appUser()));
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    void ensureKeycloakDatabase(boolean recreate) {
        String database = settings.keycloakDatabase();
        try (Connection admin = connectAsAdmin(settings.adminUrl())) {
            ensureRole(admin, settings.keycloakDatabaseUser(), settings.keycloakDatabasePassword());
            if (recreate && databaseExists(admin, database)) {
                try (Statement st = admin.createStatement()) {
                    st.execute("drop database " + id(database) + " with (force)");
                }
                log.info("Dropped Keycloak database " + database + " so the changed realm file is imported afresh");
            }
            ensureDatabase(admin, database, settings.keycloakDatabaseUser());
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    String keycloakJdbcUrl() {
        return JdbcUrl.parse(settings.jdbcUrl()).withDatabase(settings.keycloakDatabase());
    }

    private Connection connectAsAdmin(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.adminUser());
        if (!settings.adminPassword().isEmpty()) {
            props.setProperty("password", settings.adminPassword());
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, props);
    }

    private static void ensureRole(Connection admin, String role, String password) throws SQLException {
        if (exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
            return;
        }
        try (Statement st = admin.createStatement()) {
            st.execute("create role " + id(role) + " login password " + literal(password)
                    + " nosuperuser nocreatedb nocreaterole nobypassrls noreplication");
        }
        log.info("Created database role " + role);
    }

    private static void refuseOverprivilegedAppRole(Connection admin, String role) throws SQLException {
        if (exists(admin, "select 1 from pg_roles where rolname = ? and (rolsuper or rolbypassrls)", role)) {
            throw new LocalServiceException(
                    "The application role '" + role + "' is a superuser or bypasses row-level security.",
                    "Use a plain role for spring.datasource.username (KLIEN_DB_APP_USER): alter role " + role
                            + " nosuperuser nobypassrls;");
        }
    }

    private static boolean ensureDatabase(Connection admin, String database, String owner) throws SQLException {
        if (databaseExists(admin, database)) {
            return false;
        }
        try (Statement st = admin.createStatement()) {
            st.execute("create database " + id(database) + " owner " + id(owner) + " encoding 'UTF8'");
        }
        return true;
    }

    private static boolean databaseExists(Connection admin, String database) throws SQLException {
        return exists(admin, "select 1 from pg_database where datname = ?", database);
    }

    private static boolean exists(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private LocalServiceException unreachable(SQLException e) {
        return new LocalServiceException(
                "PostgreSQL is not reachable at " + settings.adminUrl() + " as '" + settings.adminUser() + "': "
                        + e.getMessage(),
                "Start PostgreSQL (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)"
                        + " or point KLIEN_DB_URL / klien.local-services.postgres.admin-url at a running server.",
                e);
    }

    static String id(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new LocalServiceException("Unsafe database identifier: '" + identifier + "'",
                    "Use lower-case letters, digits and underscores for database and role names.");
        }
        return identifier;
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

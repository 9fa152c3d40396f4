package io.klien.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import io.klien.ui.e2e.ChildApplication.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema is changed by the migrate step alone, as a deployment runs it: the application without the owner's
 * password never migrates (and says so when nothing was migrated yet), the migrate step migrates as the owner and
 * ends. Each runs in its own JVM against a database of its own, created empty with the roles ./klien run uses.
 */
class SchemaMigrationTests {

    private static final String TEST_DB_URL = System.getenv().getOrDefault("KLIEN_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/klien_test");
    private static final String SERVER = TEST_DB_URL.substring(0, TEST_DB_URL.lastIndexOf('/') + 1);
    private static final String DATABASE = TEST_DB_URL.substring(TEST_DB_URL.lastIndexOf('/') + 1)
            .replaceAll("\\?.*", "") + "_migrate";
    private static final String URL = SERVER + DATABASE;
    private static final String OWNER = "klien_owner";
    private static final String OWNER_PASSWORD = "klien_owner";
    private static final String APP = "klien_app";

    @BeforeAll
    static void createEmptyDatabase() throws SQLException {
        try (Connection admin = admin("postgres"); Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + DATABASE + " with (force)");
            st.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
        }
        // as the local services prepare the application database
        try (Connection admin = admin(DATABASE); Statement st = admin.createStatement()) {
            st.execute("revoke all on database " + DATABASE + " from public");
            st.execute("grant connect, temporary on database " + DATABASE + " to " + APP);
            st.execute("alter schema public owner to " + OWNER);
            st.execute("revoke create on schema public from public");
            st.execute("grant usage on schema public to " + APP);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection admin = admin("postgres"); Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void onlyTheMigrateStepChangesTheSchemaAndTheApplicationWaitsForIt() throws Exception {
        Result unmigrated = ChildApplication.start(StartupFailureTests.SECRETS,
                "--spring.datasource.url=" + URL, "--server.port=0", "--management.server.port=0");

        assertThat(unmigrated.exitCode()).isNotZero();
        assertThat(unmigrated.output())
                .contains("The database at " + URL + " has no Klien schema yet")
                .contains("KLIEN_MIGRATE_ONLY=true");
        assertThat(unmigrated.stackTraceLines()).isEmpty();
        assertThat(tables()).as("tables after the application started without the owner").isZero();

        // the Helm chart's migration Job: the owner's credentials, no application secrets, no Keycloak
        Result migrated = ChildApplication.start(Map.of(
                        "KLIEN_MIGRATE_ONLY", "true",
                        "KLIEN_DB_OWNER_USER", OWNER,
                        "KLIEN_DB_OWNER_PASSWORD", OWNER_PASSWORD,
                        "KLIEN_DB_APP_USER", APP,
                        "KLIEN_DB_APP_PASSWORD", "not-needed-and-wrong"),
                "--spring.datasource.url=" + URL,
                "--spring.security.oauth2.client.provider.keycloak.issuer-uri=http://127.0.0.1:1/realms/klien");

        assertThat(migrated.exitCode()).as(migrated.output()).isZero();
        assertThat(migrated.output()).contains("Database schema is up to date").doesNotContain("Tomcat started");
        assertThat(tables()).isGreaterThan(1);
        assertThat(owners()).containsOnly(OWNER);
    }

    @Test
    void theMigrateStepWithoutTheOwnerPasswordNamesIt() throws Exception {
        Result result = ChildApplication.start(Map.of("KLIEN_MIGRATE_ONLY", "true"), "--spring.datasource.url=" + URL);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("KLIEN_DB_OWNER_PASSWORD is not set");
        assertThat(result.stackTraceLines()).isEmpty();
    }

    private static int tables() throws SQLException {
        try (Connection admin = admin(DATABASE); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static java.util.Set<String> owners() throws SQLException {
        java.util.Set<String> owners = new java.util.HashSet<>();
        try (Connection admin = admin(DATABASE); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("select distinct tableowner from pg_tables where schemaname = 'public'")) {
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
        }
        return owners;
    }

    private static Connection admin(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        return DriverManager.getConnection(SERVER + database, props);
    }
}

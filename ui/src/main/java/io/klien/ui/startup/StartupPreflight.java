package io.klien.ui.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, checks that the Keycloak client secrets are real ones and that PostgreSQL and Keycloak
 * answer, so a missing secret or an unreachable service ends startup with one clear message naming the setting and the
 * fix, instead of connection pools and OAuth clients failing with stack traces. Runs after the local services are
 * prepared.
 */
public class StartupPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String ENABLED = "klien.startup-checks.enabled";
    static final String OIDC_CLIENT_SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";
    static final String PROVISIONING_CLIENT_SECRET = "klien.identity.admin.client-secret";
    /** The secrets the local realm's clients have (infra/keycloak/klien-realm.json), which ./klien run supplies. */
    static final String DEV_OIDC_CLIENT_SECRET = "klien-dev-secret";
    static final String DEV_PROVISIONING_CLIENT_SECRET = "klien-dev-provisioning";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        if (!env.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        if (SchemaMigration.migrateOnly(env)) {
            // the migrate step connects as the owner and needs neither Keycloak nor the application's secrets
            checkDatabase(env, "spring.liquibase.user", "spring.liquibase.password");
            return;
        }
        checkSecrets(env);
        checkDatabase(env, "spring.datasource.username", "spring.datasource.password");
        checkIdentityProvider(env);
    }

    /**
     * The Keycloak client secrets have development values that the local realm knows; a server that started with
     * them (or none) would be open to anyone who read the source. Only a developer machine, where the local services
     * run, may use them.
     */
    static void checkSecrets(Environment env) {
        boolean developerMachine = env.getProperty("klien.local-services.enabled", Boolean.class, false);
        List<String> missing = new ArrayList<>();
        if (unusable(env.getProperty(OIDC_CLIENT_SECRET), DEV_OIDC_CLIENT_SECRET, developerMachine)) {
            missing.add("KLIEN_OIDC_CLIENT_SECRET");
        }
        if (unusable(env.getProperty(PROVISIONING_CLIENT_SECRET), DEV_PROVISIONING_CLIENT_SECRET,
                developerMachine)) {
            missing.add("KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET");
        }
        if (!missing.isEmpty()) {
            throw new StartupCheckFailed("Klien has no Keycloak client secret in " + String.join(" and ", missing)
                    + " (not set, or set to the development value).",
                    "Set KLIEN_OIDC_CLIENT_SECRET to the secret of the sign-in client (klien-app) and"
                            + " KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET to the secret of the provisioning client"
                            + " (klien-provisioning), both from the realm's client Credentials tab in Keycloak. With the"
                            + " Helm chart: keycloak.clientSecret and keycloak.provisioningClientSecret, or existingSecret."
                            + " ./klien run needs neither.", null);
        }
    }

    private static boolean unusable(@Nullable String secret, String developmentValue, boolean developerMachine) {
        return secret == null || secret.isBlank() || (!developerMachine && secret.equals(developmentValue));
    }

    static void checkDatabase(Environment env, String userProperty, String passwordProperty) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null) {
            return;
        }
        Properties props = new Properties();
        props.setProperty("user", env.getProperty(userProperty, ""));
        props.setProperty("password", env.getProperty(passwordProperty, ""));
        props.setProperty("connectTimeout", "5");
        try (Connection connection = DriverManager.getConnection(url, props)) {
            if (!env.getProperty("spring.liquibase.enabled", Boolean.class, true) && !migrated(connection)) {
                throw new StartupCheckFailed("The database at " + url + " has no Klien schema yet, and this process"
                        + " does not migrate (it has no schema owner password).",
                        "Run the migrate step first: the same application with KLIEN_MIGRATE_ONLY=true and"
                                + " KLIEN_DB_OWNER_USER / KLIEN_DB_OWNER_PASSWORD (the Helm chart's migration Job does"
                                + " this before every install and upgrade).", null);
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28") || state.equals("3D000")) {
                throw new StartupCheckFailed("PostgreSQL at " + url + " refused the connection: " + e.getMessage(),
                        "Check KLIEN_DB_URL and KLIEN_DB_APP_USER / KLIEN_DB_APP_PASSWORD (and KLIEN_DB_OWNER_USER /"
                                + " KLIEN_DB_OWNER_PASSWORD for migrations). On a developer machine ./klien run creates"
                                + " the database and both roles.", e);
            }
            throw new StartupCheckFailed("PostgreSQL is not reachable at " + url + " (" + e.getMessage() + ")",
                    "Start PostgreSQL (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main"
                            + " start) or point KLIEN_DB_URL at a running server.", e);
        }
    }

    /** Liquibase's own table: present once the migrate step has run. The application role may see, not read, it. */
    private static boolean migrated(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select to_regclass('databasechangelog') is not null")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static void checkIdentityProvider(Environment env) {
        String issuer = env.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri");
        if (issuer == null) {
            return;
        }
        URI discovery = URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration");
        String problem;
        Throwable cause = null;
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return;
            }
            problem = "it answered HTTP " + response.statusCode() + " for " + discovery;
        } catch (IOException e) {
            problem = e instanceof java.net.ConnectException ? "connection refused"
                    : e instanceof java.net.http.HttpTimeoutException ? "no answer within 10 s"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            cause = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
            cause = e;
        }
        throw new StartupCheckFailed("Keycloak is not reachable at " + issuer + " (" + problem + ")",
                "Start Keycloak (./klien run starts a local one) or set KLIEN_OIDC_ISSUER_URI to the realm URL of a"
                        + " running Keycloak, e.g. https://sso.example.com/realms/klien.", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 50;
    }
}

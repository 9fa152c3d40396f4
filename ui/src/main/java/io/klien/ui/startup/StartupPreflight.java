package io.klien.ui.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, checks that PostgreSQL and Keycloak answer, so an unreachable one ends startup with
 * one clear message naming the address and the fix, instead of connection pools and OAuth clients failing with
 * stack traces. Runs after the local services are prepared.
 */
public class StartupPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String ENABLED = "klien.startup-checks.enabled";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        if (!env.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        checkDatabase(env);
        checkIdentityProvider(env);
    }

    static void checkDatabase(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null) {
            return;
        }
        Properties props = new Properties();
        props.setProperty("user", env.getProperty("spring.datasource.username", ""));
        props.setProperty("password", env.getProperty("spring.datasource.password", ""));
        props.setProperty("connectTimeout", "5");
        try (Connection ignored = DriverManager.getConnection(url, props)) {
            // reachable, and the credentials work
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

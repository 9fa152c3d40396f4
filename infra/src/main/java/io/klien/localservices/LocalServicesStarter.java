package io.klien.localservices;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares the local services before the application context exists, so the data source, Liquibase and the OAuth2
 * client find PostgreSQL roles, Keycloak and the mail catcher in place. Does nothing unless
 * {@code klien.local-services.enabled=true}.
 */
public class LocalServicesStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The realm file's defaults (infra/keycloak/klien-realm.json): what the local Keycloak knows these clients by. */
    public static final String DEV_OIDC_CLIENT_SECRET = "klien-dev-secret";
    public static final String DEV_PROVISIONING_CLIENT_SECRET = "klien-dev-provisioning";
    static final String OIDC_CLIENT_SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";
    static final String PROVISIONING_CLIENT_SECRET = "klien.identity.admin.client-secret";

    private static final Log log = LogFactory.getLog(LocalServicesStarter.class);
    private static final Object LOCK = new Object();
    private static final Map<LocalServicesSettings, Boolean> PREPARED = new HashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!env.getProperty(LocalServicesSettings.PREFIX + "enabled", Boolean.class, false)) {
            return;
        }
        LocalServicesSettings settings = LocalServicesSettings.from(env);
        synchronized (LOCK) {
            if (!PREPARED.containsKey(settings)) {
                prepare(settings);
                PREPARED.put(settings, true);
            }
        }
        Map<String, Object> credentials = developmentCredentials(env, settings);
        if (!credentials.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("klien-local-credentials", credentials));
        }
        if (settings.mailEnabled()) {
            env.getPropertySources().addFirst(new MapPropertySource("klien-local-mail", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", settings.smtpPort(),
                    "spring.mail.username", "",
                    "spring.mail.password", "")));
        }
    }

    /**
     * The development credentials the local services created (database owner) or imported (the realm's client
     * secrets), for whichever the configuration leaves empty. Only here: outside a developer machine nothing supplies
     * them, and the application refuses to start without real ones.
     */
    static Map<String, Object> developmentCredentials(ConfigurableEnvironment env, LocalServicesSettings settings) {
        Map<String, Object> credentials = new HashMap<>();
        if (isBlank(env, "spring.liquibase.password")) {
            credentials.put("spring.liquibase.user", settings.ownerUser());
            credentials.put("spring.liquibase.password", settings.ownerPassword());
        }
        if (isBlank(env, OIDC_CLIENT_SECRET)) {
            credentials.put(OIDC_CLIENT_SECRET, DEV_OIDC_CLIENT_SECRET);
        }
        if (isBlank(env, PROVISIONING_CLIENT_SECRET)) {
            credentials.put(PROVISIONING_CLIENT_SECRET, DEV_PROVISIONING_CLIENT_SECRET);
        }
        return credentials;
    }

    private static boolean isBlank(ConfigurableEnvironment env, String key) {
        String value = env.getProperty(key);
        return value == null || value.isBlank();
    }

    private static void prepare(LocalServicesSettings settings) {
        long started = System.nanoTime();
        PostgresBootstrap postgres = new PostgresBootstrap(settings);
        postgres.ensureApplicationDatabase();
        if (settings.mailEnabled()) {
            MailCatcher.start(settings.smtpPort());
        }
        if (settings.keycloakEnabled()) {
            new LocalKeycloak(settings, postgres).ensureRunning();
        }
        log.info("Local services ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Override
    public int getOrder() {
        // after Boot's config data and logging listeners
        return Ordered.LOWEST_PRECEDENCE - 100;
    }
}

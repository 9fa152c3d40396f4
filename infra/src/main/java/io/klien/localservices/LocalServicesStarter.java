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
        if (settings.mailEnabled()) {
            env.getPropertySources().addFirst(new MapPropertySource("klien-local-mail", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", settings.smtpPort(),
                    "spring.mail.username", "",
                    "spring.mail.password", "")));
        }
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

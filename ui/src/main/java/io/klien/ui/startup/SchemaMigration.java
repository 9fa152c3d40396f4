package io.klien.ui.startup;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Who changes the schema. A deployment migrates in a step of its own ({@code KLIEN_MIGRATE_ONLY=true}: Liquibase runs
 * as the schema owner, nothing else starts, the process ends), and its application pods never get the owner's
 * password, so they start without migrating. Where the owner's password is configured (a developer machine, where the
 * local services supply it) the application migrates before it serves, as before.
 */
public final class SchemaMigration implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    public static final String MIGRATE_ONLY = "klien.migrate-only";
    static final String OWNER_PASSWORD = "spring.liquibase.password";

    private static final Log log = LogFactory.getLog(SchemaMigration.class);

    /** Whether this start only migrates: {@code --klien.migrate-only=true}, the system property, or KLIEN_MIGRATE_ONLY. */
    public static boolean requested(String[] args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return migrateOnly(env);
    }

    /** Runs the changelog as the schema owner and returns the exit code; the application itself never starts. */
    public static int migrate(String[] args) {
        SpringApplication migration = new SpringApplication(Migration.class);
        migration.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = migration.run(args)) {
            log.info("Database schema is up to date; exiting (" + MIGRATE_ONLY + ")");
            return SpringApplication.exit(context);
        }
    }

    static boolean migrateOnly(Environment env) {
        return env.getProperty(MIGRATE_ONLY, Boolean.class, false);
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        boolean ownerConfigured = !env.getProperty(OWNER_PASSWORD, "").isBlank();
        Map<String, Object> settings = new HashMap<>();
        if (migrateOnly(env)) {
            if (!ownerConfigured) {
                throw new StartupCheckFailed("Migrating the database needs the schema owner's password, and"
                        + " KLIEN_DB_OWNER_PASSWORD is not set.",
                        "Set KLIEN_DB_OWNER_USER and KLIEN_DB_OWNER_PASSWORD for the migrate step (the Helm chart's"
                                + " migration Job reads them from database.ownerPassword or existingSecret).", null);
            }
            settings.put("spring.liquibase.enabled", true);
            // Liquibase connects as the owner on its own: the migrate step needs no application role password
            settings.put("spring.liquibase.url", env.getProperty("spring.liquibase.url",
                    env.getProperty("spring.datasource.url", "")));
        } else if (!ownerConfigured) {
            settings.put("spring.liquibase.enabled", false);
            log.info("Not migrating the database: no schema owner password (KLIEN_DB_OWNER_PASSWORD). The migrate step"
                    + " (KLIEN_MIGRATE_ONLY=true, the Helm chart's migration Job) brings the schema up to date.");
        }
        if (!settings.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("klien-schema-migration", settings));
        }
    }

    @Override
    public int getOrder() {
        // after the local services (which supply a developer machine's owner), before the startup checks
        return Ordered.LOWEST_PRECEDENCE - 60;
    }

    /** The migrate step's whole application: Liquibase and its own owner connection, nothing else. */
    @ImportAutoConfiguration(LiquibaseAutoConfiguration.class)
    static class Migration {
    }
}

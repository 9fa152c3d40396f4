package io.klien.localservices;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.env.Environment;

/** What the local services need, read from the Spring environment before the application context exists. */
record LocalServicesSettings(
        String jdbcUrl,
        String appUser,
        String appPassword,
        String ownerUser,
        String ownerPassword,
        String adminUrl,
        String adminUser,
        String adminPassword,
        boolean keycloakEnabled,
        int keycloakPort,
        String keycloakDatabase,
        String keycloakDatabaseUser,
        String keycloakDatabasePassword,
        Duration keycloakStartTimeout,
        String appUrl,
        boolean mailEnabled,
        int smtpPort,
        Path cacheDirectory) {

    static final String PREFIX = "klien.local-services.";
    static final String DEV_OWNER_USER = "klien_owner";
    static final String DEV_OWNER_PASSWORD = "klien_owner";

    static LocalServicesSettings from(Environment env) {
        String jdbcUrl = env.getProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/klien");
        JdbcUrl url = JdbcUrl.parse(jdbcUrl);
        return new LocalServicesSettings(
                jdbcUrl,
                env.getProperty("spring.datasource.username", "klien_app"),
                env.getProperty("spring.datasource.password", "klien_app"),
                orDefault(env, "spring.liquibase.user", DEV_OWNER_USER),
                orDefault(env, "spring.liquibase.password", DEV_OWNER_PASSWORD),
                env.getProperty(PREFIX + "postgres.admin-url", url.withDatabase("postgres")),
                env.getProperty(PREFIX + "postgres.admin-user", "postgres"),
                env.getProperty(PREFIX + "postgres.admin-password", ""),
                env.getProperty(PREFIX + "keycloak.enabled", Boolean.class, true),
                env.getProperty(PREFIX + "keycloak.port", Integer.class, 8180),
                env.getProperty(PREFIX + "keycloak.database", "klien_keycloak"),
                env.getProperty(PREFIX + "keycloak.database-user", "klien_keycloak"),
                env.getProperty(PREFIX + "keycloak.database-password", "klien_keycloak"),
                env.getProperty(PREFIX + "keycloak.start-timeout", Duration.class, Duration.ofSeconds(240)),
                env.getProperty("klien.public-url", "http://localhost:8080"),
                env.getProperty(PREFIX + "mail.enabled", Boolean.class, true),
                env.getProperty(PREFIX + "mail.smtp-port", Integer.class, 3025),
                Path.of(env.getProperty(PREFIX + "cache-dir",
                        System.getProperty("user.home") + "/.cache/klien")));
    }

    /** Deployments leave these empty rather than unset; on a developer machine empty means the development value. */
    private static String orDefault(Environment env, String key, String fallback) {
        String value = env.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }
}

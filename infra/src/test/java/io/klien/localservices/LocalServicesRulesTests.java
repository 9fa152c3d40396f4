package io.klien.localservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LocalServicesRulesTests {

    @Test
    void jdbcUrlKeepsHostPortAndParametersWhenSwitchingDatabase() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db.internal:6543/klien?sslmode=require");

        assertThat(url.database()).isEqualTo("klien");
        assertThat(url.withDatabase("postgres")).isEqualTo("jdbc:postgresql://db.internal:6543/postgres?sslmode=require");
    }

    @Test
    void somethingOtherThanAPostgresUrlIsRefusedWithTheFix() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:mysql://localhost/klien"))
                .isInstanceOf(LocalServiceException.class)
                .hasMessageContaining("Not a PostgreSQL JDBC URL")
                .satisfies(e -> assertThat(((LocalServiceException) e).action()).contains("KLIEN_DB_URL"));
    }

    @Test
    void roleAndDatabaseNamesCannotSmuggleSql() {
        assertThat(PostgresBootstrap.id("klien_app")).isEqualTo("klien_app");
        assertThatThrownBy(() -> PostgresBootstrap.id("klien; drop database klien")).isInstanceOf(LocalServiceException.class);
        assertThatThrownBy(() -> PostgresBootstrap.id("Klien")).isInstanceOf(LocalServiceException.class);
        assertThat(PostgresBootstrap.literal("it's")).isEqualTo("'it''s'");
    }

    @Test
    void developmentCredentialsFillOnlyWhatTheConfigurationLeavesEmpty() {
        MockEnvironment empty = new MockEnvironment()
                .withProperty("spring.liquibase.password", "")
                .withProperty(LocalServicesStarter.OIDC_CLIENT_SECRET, "");
        assertThat(LocalServicesStarter.developmentCredentials(empty, LocalServicesSettings.from(empty)))
                .containsEntry("spring.liquibase.user", "klien_owner")
                .containsEntry("spring.liquibase.password", "klien_owner")
                .containsEntry(LocalServicesStarter.OIDC_CLIENT_SECRET, "klien-dev-secret")
                .containsEntry(LocalServicesStarter.PROVISIONING_CLIENT_SECRET, "klien-dev-provisioning");

        MockEnvironment configured = new MockEnvironment()
                .withProperty("spring.liquibase.password", "owner-secret")
                .withProperty(LocalServicesStarter.OIDC_CLIENT_SECRET, "oidc-secret")
                .withProperty(LocalServicesStarter.PROVISIONING_CLIENT_SECRET, "provisioning-secret");
        assertThat(LocalServicesStarter.developmentCredentials(configured, LocalServicesSettings.from(configured))).isEmpty();
    }

    @Test
    void linksAreFoundInMailTextWithoutTrailingPunctuation() {
        assertThat(CaughtMailbox.links("Open http://localhost:8180/realms/klien/login-actions/action-token?key=a.b.c. "
                + "or see (https://klien.test/help), twice: https://klien.test/help"))
                .containsExactly("http://localhost:8180/realms/klien/login-actions/action-token?key=a.b.c",
                        "https://klien.test/help");
    }
}

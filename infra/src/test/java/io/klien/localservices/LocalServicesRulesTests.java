package io.klien.localservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
    void linksAreFoundInMailTextWithoutTrailingPunctuation() {
        assertThat(CaughtMailbox.links("Open http://localhost:8180/realms/klien/login-actions/action-token?key=a.b.c. "
                + "or see (https://klien.test/help), twice: https://klien.test/help"))
                .containsExactly("http://localhost:8180/realms/klien/login-actions/action-token?key=a.b.c",
                        "https://klien.test/help");
    }
}

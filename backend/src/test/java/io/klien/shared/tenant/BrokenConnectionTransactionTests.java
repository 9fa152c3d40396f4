package io.klien.shared.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Properties;
import java.util.UUID;

import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When PostgreSQL drops the pooled connection a transaction starts on (a server restart), that transaction fails, and
 * the next one on the same thread works: nothing of the failed begin stays bound to the thread.
 */
@SpringBootTest
class BrokenConnectionTransactionTests {

    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String appRole;
    @Value("${klien.local-services.postgres.admin-user:postgres}") String admin;

    @Test
    void aTransactionWhoseConnectionPostgresKilledLeavesTheThreadFreeForTheNextOne() throws Exception {
        Scope scope = Scope.system(UUID.randomUUID());
        int failedBegins = 0;
        // the pool hands this thread the connection it used last without checking it when that was under 500 ms ago,
        // so a begin right after the kill meets the dead connection; try a few times in case a check caught it
        for (int attempt = 0; attempt < 5 && failedBegins == 0; attempt++) {
            TenantContext.runIn(scope, () -> tx.executeWithoutResult(s -> jdbc.queryForObject("select 1", Integer.class)));
            terminateTheAppRolesConnections();
            try {
                TenantContext.runIn(scope, () -> tx.executeWithoutResult(s -> jdbc.queryForObject("select 1", Integer.class)));
            } catch (RuntimeException expected) {
                failedBegins++;
                assertThat(TransactionSynchronizationManager.getResourceMap())
                        .as("nothing of the failed transaction stays bound to the thread").isEmpty();
                assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
            }
        }
        assertThat(failedBegins).as("a transaction met a connection PostgreSQL had ended").isPositive();

        String seen = TenantContext.callIn(scope, () -> tx.execute(s -> jdbc.queryForObject(
                "select current_setting('app.tenant_id', true)", String.class)));
        assertThat(seen).as("the next transaction on the same thread runs, for the right firm")
                .isEqualTo(scope.tenantId().toString());
    }

    private void terminateTheAppRolesConnections() throws Exception {
        Properties props = new Properties();
        props.setProperty("user", admin);
        try (Connection c = DriverManager.getConnection(url, props); PreparedStatement ps = c.prepareStatement(
                "select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = current_database()"
                        + " and usename = ? and pid <> pg_backend_pid()")) {
            ps.setString(1, appRole);
            ps.execute();
        }
    }
}

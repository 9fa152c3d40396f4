package io.klien.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import io.klien.clients.Clients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves the isolation probe can fail: with the tenant policy replaced by a permissive one (inside a transaction that
 * is rolled back), the same probe sees firm A's rows from firm B.
 */
@SpringBootTest
class IsolationSuiteCanFailTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;

    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String appRole;
    @Value("${klien.local-services.postgres.admin-user:postgres}") String admin;

    @Test
    void removingOnePolicyLetsTheProbeSeeAForeignRow() throws Exception {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        Properties props = new Properties();
        props.setProperty("user", admin);
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("set local role " + appRole);
                assertThat(probe(c, firms.firmB, firms.firmA)).as("with the policy in place").isZero();
                st.execute("reset role");

                st.execute("drop policy client_tenant_isolation on client");
                st.execute("create policy leaky on client using (true)");
                st.execute("set local role " + appRole);

                assertThat(probe(c, firms.firmB, firms.firmA)).as("without the policy").isPositive();
            } finally {
                c.rollback();
            }
        }
        assertThat(TwoFirmsProbe.policyStillThere(url, admin)).isTrue();
    }

    private static long probe(Connection c, UUID actingTenant, UUID otherTenant) throws Exception {
        try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, actingTenant.toString());
            set.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("select count(*) from client where tenant_id = ?")) {
            ps.setObject(1, otherTenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static final class TwoFirmsProbe {
        static boolean policyStillThere(String url, String admin) throws Exception {
            Properties props = new Properties();
            props.setProperty("user", admin);
            try (Connection c = DriverManager.getConnection(url, props); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(
                            "select count(*) from pg_policy where polname = 'client_tenant_isolation'")) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}

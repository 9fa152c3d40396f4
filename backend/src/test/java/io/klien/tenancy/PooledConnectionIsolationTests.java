package io.klien.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.klien.clients.Clients;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class PooledConnectionIsolationTests {

    private static final int THREADS = 8;
    private static final int TRANSACTIONS_PER_THREAD = 1_250;

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void eightThreadsAlternatingFirmsOverTenThousandTransactionsNeverSeeAForeignRow() throws Exception {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        AtomicLong foreignRows = new AtomicLong();
        AtomicLong ownRows = new AtomicLong();
        AtomicLong transactions = new AtomicLong();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
                    UUID tenant = (i + thread) % 2 == 0 ? firms.firmA : firms.firmB;
                    TenantContext.runIn(Scope.system(tenant), () -> tx.executeWithoutResult(s -> {
                        foreignRows.addAndGet(jdbc.queryForObject(
                                "select count(*) from client where tenant_id <> ?", Long.class, tenant));
                        ownRows.addAndGet(jdbc.queryForObject(
                                "select count(*) from client where tenant_id = ?", Long.class, tenant));
                    }));
                    transactions.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertThat(transactions.get()).isGreaterThanOrEqualTo(10_000);
        assertThat(foreignRows.get()).isZero();
        assertThat(ownRows.get()).as("the probe does see each firm's own rows").isPositive();
    }

    @Test
    void aConnectionBackInThePoolCarriesNoTenant() throws Exception {
        TenantContext.runIn(Scope.system(UUID.randomUUID()),
                () -> tx.executeWithoutResult(s -> jdbc.queryForObject("select 1", Integer.class)));

        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Connection c = dataSource.getConnection();
                borrowed.add(c);
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select coalesce(current_setting('app.tenant_id', true), '')")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("connection %d", i).isEmpty();
                }
            }
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }
}

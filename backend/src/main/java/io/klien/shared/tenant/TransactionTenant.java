package io.klien.shared.tenant;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's {@code app.tenant_id} inside the current transaction, for rows written (with plain SQL) for a firm other
 * than the one the transaction began with: a firm that is being created, say.
 */
public final class TransactionTenant {

    private TransactionTenant() {
    }

    /**
     * Runs the work with {@code app.tenant_id} set to the tenant, then puts back what the transaction had, so the rest
     * of the transaction does not inherit it. A failure rolls the whole transaction back (the caller is
     * transactional), so only success restores.
     */
    public static <T> T actingFor(JdbcClient jdbc, UUID tenant, Supplier<T> work) {
        String previous = jdbc.sql("select coalesce(current_setting('app.tenant_id', true), '')")
                .query(String.class).single();
        String wanted = tenant.toString();
        if (wanted.equals(previous)) {
            return work.get();
        }
        set(jdbc, wanted);
        T result = work.get();
        set(jdbc, previous);
        return result;
    }

    private static void set(JdbcClient jdbc, String tenant) {
        jdbc.sql("select set_config('app.tenant_id', :tenant, true)").param("tenant", tenant)
                .query((RowCallbackHandler) rs -> { });
    }
}

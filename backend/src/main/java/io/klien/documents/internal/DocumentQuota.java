package io.klien.documents.internal;

import java.util.UUID;

import io.klien.shared.tenant.TenantContext;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The active firm's document storage use against its quota. */
@Component
class DocumentQuota {

    private final JdbcClient jdbc;
    private final long quotaBytes;

    DocumentQuota(JdbcClient jdbc, DocumentsProperties properties) {
        this.jdbc = jdbc;
        this.quotaBytes = properties.tenantQuota().toBytes();
    }

    public long quotaBytes() {
        return quotaBytes;
    }

    /** Bytes of the firm's documents that are not deleted (what this transaction has not yet written excluded). */
    public long usedBytes() {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from document where tenant_id = :tenant and deleted_at is null")
                .param("tenant", TenantContext.requireTenantId())
                .query(Long.class)
                .single();
    }

    /**
     * Waits until no other transaction of the firm is between its own final check and its commit, and holds that
     * position until this transaction ends, so two uploads cannot both fit into the same free space.
     */
    public void lockUntilCommit() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('documents-quota:' || :tenant, 0))")
                .param("tenant", TenantContext.requireTenantId().toString())
                .query((RowCallbackHandler) rs -> { });
    }
}

package io.klien.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.IntFunction;

import io.klien.documents.DocumentStorage;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document content in PostgreSQL: rows of {@code document_chunk}, {@value #CHUNK_BYTES} bytes each (the last one
 * shorter), written and read one at a time in transactions that carry the tenant, so row-level security applies.
 */
@Component
class PostgresDocumentStorage implements DocumentStorage {

    /** The most content in one row, and so the most an upload or download holds in memory at a time. */
    public static final int CHUNK_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate readInTransaction;

    PostgresDocumentStorage(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readInTransaction = new TransactionTemplate(transactions);
        this.readInTransaction.setReadOnly(true);
    }

    @Override
    public long put(UUID documentId, InputStream content) throws IOException {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Document content is written in the caller's transaction");
        }
        UUID tenant = TenantContext.requireTenantId();
        byte[] buffer = new byte[CHUNK_BYTES];
        long total = 0;
        for (int seq = 0; ; seq++) {
            int n = content.readNBytes(buffer, 0, CHUNK_BYTES);
            if (n == 0) {
                return total;
            }
            jdbc.sql("insert into document_chunk (tenant_id, document_id, seq, data) values (:tenant, :document, :seq, :data)")
                    .param("tenant", tenant)
                    .param("document", documentId)
                    .param("seq", seq)
                    .param("data", n == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, n))
                    .update();
            total += n;
            if (n < CHUNK_BYTES) {
                return total;
            }
        }
    }

    /**
     * Each chunk is read in a transaction of the scope that opened the content: the caller's while one is active, a
     * short one of its own otherwise (a download streams after the service call returned, maybe on another thread).
     */
    @Override
    public InputStream open(UUID documentId) {
        Scope scope = TenantContext.current().orElseThrow(() -> new IllegalStateException("No one is acting"));
        UUID tenant = TenantContext.requireTenantId();
        return new ChunkStream(seq -> TenantContext.callIn(scope, () -> readInTransaction.execute(status -> jdbc.sql(
                        "select data from document_chunk where tenant_id = :tenant and document_id = :document and seq = :seq")
                .param("tenant", tenant)
                .param("document", documentId)
                .param("seq", seq)
                .query(byte[].class)
                .optional()
                .orElse(null))));
    }

    @Override
    public void delete(UUID documentId) {
        jdbc.sql("delete from document_chunk where tenant_id = :tenant and document_id = :document")
                .param("tenant", TenantContext.requireTenantId())
                .param("document", documentId)
                .update();
    }

    /** Reads chunk 0, 1, 2... on demand, holding one at a time; ends at the first chunk that is not there. */
    private static final class ChunkStream extends InputStream {

        private final IntFunction<byte @Nullable []> chunks;
        private byte @Nullable [] current = new byte[0];
        private int position;
        private int nextSeq;

        ChunkStream(IntFunction<byte @Nullable []> chunks) {
            this.chunks = chunks;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (current != null && position == current.length) {
                current = chunks.apply(nextSeq++);
                position = 0;
            }
            if (current == null) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            current = null;
        }
    }
}

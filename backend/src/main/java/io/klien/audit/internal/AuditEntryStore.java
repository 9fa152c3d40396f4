package io.klien.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.audit.AuditFilter;
import io.klien.shared.tenant.TransactionTenant;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_entry} table, through plain SQL in the caller's transaction (so row-level security applies). Rows
 * are only ever inserted and read: the application role holds no other privilege on the table.
 */
@Repository
class AuditEntryStore {

    private static final String COLUMNS = """
            tenant_id, seq, id, occurred_at, actor_subject, actor_name, action, target_type, target_id, ip, user_agent,
            before_summary, after_summary, previous_hash, hash""";

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    AuditEntryStore(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** The newest entry of a chain, or the genesis before the first one. */
    record ChainHead(long seq, String hash) {
        static final ChainHead EMPTY = new ChainHead(0, HashChain.GENESIS);
    }

    /**
     * Runs the work with PostgreSQL's {@code app.tenant_id} set to the tenant, then puts back what the transaction had:
     * an entry may be written for a tenant other than the one the surrounding transaction began with (a firm that is
     * being created, say), and the rest of that transaction must not inherit it.
     */
    public <T> T actingFor(UUID tenant, Supplier<T> work) {
        return TransactionTenant.actingFor(jdbc, tenant, work);
    }

    /** Writes the transaction's pending entity changes, so the entries describing them come after them. */
    public void flushPendingChanges() {
        entityManager.flush();
    }

    /**
     * Takes the tenant's chain lock until the transaction ends, so appends to one chain happen one at a time, and
     * returns the chain's newest entry.
     */
    public ChainHead lockChain(UUID tenant) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:tenant, 0))")
                .param("tenant", tenant.toString())
                .query((RowCallbackHandler) rs -> { });
        return jdbc.sql("select seq, hash from audit_entry where tenant_id = :tenant order by seq desc limit 1")
                .param("tenant", tenant)
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(ChainHead.EMPTY);
    }

    public void insert(AuditEntry e) {
        jdbc.sql("insert into audit_entry (" + COLUMNS + """
                ) values (:tenantId, :seq, :id, :occurredAt, :actorSubject, :actorName, :action, :targetType, :targetId,
                  :ip, :userAgent, :before, :after, :previousHash, :hash)""")
                .param("tenantId", e.tenantId())
                .param("seq", e.seq())
                .param("id", e.id())
                .param("occurredAt", utc(e.occurredAt()))
                .param("actorSubject", e.actorSubject())
                .param("actorName", e.actorName())
                .param("action", e.action())
                .param("targetType", e.targetType())
                .param("targetId", e.targetId())
                .param("ip", e.ip())
                .param("userAgent", e.userAgent())
                .param("before", e.before())
                .param("after", e.after())
                .param("previousHash", e.previousHash())
                .param("hash", e.hash())
                .update();
    }

    public void insertCheckpoint(AuditCheckpoint c) {
        jdbc.sql("""
                        insert into audit_checkpoint (tenant_id, seq, hash, signed_at, key_id, signature)
                        values (:tenant, :seq, :hash, :signedAt, :keyId, :signature)""")
                .param("tenant", c.tenantId())
                .param("seq", c.seq())
                .param("hash", c.hash())
                .param("signedAt", utc(c.signedAt()))
                .param("keyId", c.keyId())
                .param("signature", c.signature())
                .update();
    }

    /** The tenant's newest checkpoint, if its chain has any. */
    public Optional<AuditCheckpoint> latestCheckpoint(UUID tenant) {
        return jdbc.sql("""
                        select tenant_id, seq, hash, signed_at, key_id, signature from audit_checkpoint
                        where tenant_id = :tenant order by seq desc limit 1""")
                .param("tenant", tenant)
                .query((rs, row) -> new AuditCheckpoint(rs.getObject("tenant_id", UUID.class), rs.getLong("seq"),
                        rs.getString("hash"), rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("key_id"), rs.getString("signature")))
                .optional();
    }

    /** Up to {@code limit} entries of the tenant's chain after {@code afterSeq}, in seq order. */
    public List<AuditEntry> chainAfter(UUID tenant, long afterSeq, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from audit_entry where tenant_id = :tenant and seq > :after order by seq limit :limit")
                .param("tenant", tenant)
                .param("after", afterSeq)
                .param("limit", limit)
                .query(AuditEntryStore::entry)
                .list();
    }

    /** One page of the tenant's entries that match the filter, newest first. */
    public List<AuditEntry> find(UUID tenant, AuditFilter filter, long offset, int limit) {
        Condition where = condition(tenant, filter);
        return jdbc.sql("select " + COLUMNS + " from audit_entry where " + where.sql()
                        + " order by occurred_at desc, seq desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditEntryStore::entry)
                .list();
    }

    public long count(UUID tenant, AuditFilter filter) {
        Condition where = condition(tenant, filter);
        return jdbc.sql("select count(*) from audit_entry where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private record Condition(String sql, Map<String, Object> params) {
    }

    private static Condition condition(UUID tenant, AuditFilter filter) {
        StringBuilder sql = new StringBuilder("tenant_id = :tenant");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        String action = blankToNull(filter.action());
        if (action != null && filter.actionIsPrefix()) {
            sql.append(" and action like :action");
            params.put("action", likeEscaped(action) + "%");
        } else if (action != null) {
            sql.append(" and action = :action");
            params.put("action", action);
        }
        String actor = blankToNull(filter.actor());
        if (actor != null) {
            sql.append(" and (actor_name ilike :actor or actor_subject ilike :actor)");
            params.put("actor", "%" + likeEscaped(actor.strip()) + "%");
        }
        String targetType = blankToNull(filter.targetType());
        if (targetType != null) {
            sql.append(" and target_type = :targetType");
            params.put("targetType", targetType);
        }
        Instant from = filter.from();
        if (from != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", utc(from));
        }
        Instant to = filter.to();
        if (to != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", utc(to));
        }
        return new Condition(sql.toString(), params);
    }

    /** Backslash is PostgreSQL's default LIKE escape: typed text matches literally, wildcards included. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getObject("tenant_id", UUID.class),
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_subject"),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("ip"),
                rs.getString("user_agent"),
                rs.getString("before_summary"),
                rs.getString("after_summary"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}

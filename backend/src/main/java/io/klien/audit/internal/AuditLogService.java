package io.klien.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.audit.AuditRequestContext;
import io.klien.audit.AuditRequestContext.RequestMetadata;
import io.klien.audit.ChainVerification;
import io.klien.audit.internal.AuditEntryStore.ChainHead;
import io.klien.shared.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AuditLogService implements AuditLog {

    private static final int VERIFY_CHUNK = 1_000;
    private static final int ACTOR_SUBJECT_MAX = 255;
    private static final int ACTOR_NAME_MAX = 200;
    private static final int IP_MAX = 64;
    private static final int USER_AGENT_MAX = 500;

    private final AuditEntryStore store;
    private final CheckpointSigner signer;
    private final Clock clock;

    AuditLogService(AuditEntryStore store, CheckpointSigner signer, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public AuditEntryView record(AuditRecord record) {
        UUID tenant = TenantContext.requireTenantId();
        @Nullable String subject = TenantContext.subject().orElse(null);
        @Nullable RequestMetadata request = AuditRequestContext.current().orElse(null);
        store.flushPendingChanges();
        return store.actingFor(tenant, () -> {
            ChainHead head = store.lockChain(tenant);
            long seq = head.seq() + 1;
            UUID id = UUID.randomUUID();
            // taken under the lock, so time order follows chain order
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String actorSubject = storable(subject, ACTOR_SUBJECT_MAX);
            String actorName = storable(request == null ? null : request.actorName(), ACTOR_NAME_MAX);
            String ip = storable(request == null ? null : request.ip(), IP_MAX);
            String userAgent = storable(request == null ? null : request.userAgent(), USER_AGENT_MAX);
            String before = storable(record.before(), Integer.MAX_VALUE);
            String after = storable(record.after(), Integer.MAX_VALUE);
            String targetId = storable(record.targetId(), AuditRecord.TARGET_ID_MAX);
            String action = requireStorable(record.action(), AuditRecord.ACTION_MAX);
            String targetType = requireStorable(record.targetType(), AuditRecord.TARGET_TYPE_MAX);
            String hash = HashChain.hash(head.hash(), tenant, seq, id, at, actorSubject, actorName, action, targetType,
                    targetId, ip, userAgent, before, after);
            AuditEntry entry = new AuditEntry(tenant, seq, id, at, actorSubject, actorName, action, targetType,
                    targetId, ip, userAgent, before, after, head.hash(), hash);
            store.insert(entry);
            store.insertCheckpoint(signer.sign(tenant, seq, hash, at));
            return entry.toView();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntryView> browse(AuditFilter filter, Pageable pageable) {
        if (pageable.isUnpaged()) {
            throw new IllegalArgumentException("The audit log is browsed a page at a time");
        }
        UUID tenant = TenantContext.requireTenantId();
        return store.actingFor(tenant, () -> {
            List<AuditEntryView> content = store.find(tenant, filter, pageable.getOffset(), pageable.getPageSize())
                    .stream().map(AuditEntry::toView).toList();
            return PageableExecutionUtils.getPage(content, pageable, () -> store.count(tenant, filter));
        });
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        UUID tenant = TenantContext.requireTenantId();
        return store.actingFor(tenant, () -> {
            AuditCheckpoint checkpoint = store.latestCheckpoint(tenant).orElse(null);
            String[] hashAtCheckpoint = new String[1];
            long[] lastSeq = new long[1];
            ChainVerification walked = HashChain.walk(afterSeq -> {
                List<AuditEntry> chunk = store.chainAfter(tenant, afterSeq, VERIFY_CHUNK);
                for (AuditEntry e : chunk) {
                    lastSeq[0] = e.seq();
                    if (checkpoint != null && e.seq() == checkpoint.seq()) {
                        hashAtCheckpoint[0] = e.hash();
                    }
                }
                return chunk;
            });
            if (!walked.intact() || checkpoint == null) {
                return walked;
            }
            long checked = walked.entriesChecked();
            if (!signer.verifies(checkpoint)) {
                return ChainVerification.broken(checked, checkpoint.seq(), ChainVerification.CHECKPOINT_INVALID);
            }
            if (lastSeq[0] < checkpoint.seq()) {
                return ChainVerification.broken(checked, lastSeq[0] + 1, ChainVerification.ENTRIES_MISSING);
            }
            if (!checkpoint.hash().equals(hashAtCheckpoint[0])) {
                return ChainVerification.broken(checked, checkpoint.seq(), ChainVerification.CHECKPOINT_MISMATCH);
            }
            if (lastSeq[0] > checkpoint.seq()) {
                return ChainVerification.broken(checked, checkpoint.seq() + 1, ChainVerification.UNSIGNED_ENTRIES);
            }
            return walked;
        });
    }

    private static String requireStorable(String value, int maxChars) {
        String stored = storable(value, maxChars);
        if (stored == null) {
            throw new IllegalArgumentException("A required audit field is empty");
        }
        return stored;
    }

    /**
     * The text as PostgreSQL will keep it, so the hash covers exactly what is stored: within the column's length,
     * without NUL characters (text columns refuse them) and without unpaired surrogates (UTF-8 cannot carry them).
     */
    private static @Nullable String storable(@Nullable String value, int maxChars) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('\0') >= 0 ? value.replace('\0', '\uFFFD') : value;
        if (text.length() > maxChars) {
            int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            text = text.substring(0, end);
        }
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}

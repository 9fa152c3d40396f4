package io.klien.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

import io.klien.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * How an audit entry is hashed into its tenant's chain: {@code hash = hex(SHA-256(previousHash + canonical(entry)))}
 * where the canonical form lists every field in a fixed order, each as {@code <UTF-8 byte length>:<value>} and a
 * missing value as {@code ~}, so no two different entries share a canonical form. Anyone with the rows can recompute it.
 */
final class HashChain {

    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final String FORMAT = "klien-audit-v1";

    private static final DateTimeFormatter MICROS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private HashChain() {
    }

    /** The hash of an entry that follows {@code previousHash}. */
    public static String hash(String previousHash, UUID tenantId, long seq, UUID id, Instant occurredAt,
            @Nullable String actorSubject, @Nullable String actorName, String action, String targetType,
            @Nullable String targetId, @Nullable String ip, @Nullable String userAgent, @Nullable String before,
            @Nullable String after) {
        byte[] canonical = canonical(tenantId, seq, id, occurredAt, actorSubject, actorName, action, targetType,
                targetId, ip, userAgent, before, after);
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update(canonical);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Recomputes the hash a stored entry should carry, from its content and its stored previous hash. */
    public static String hashOf(AuditEntry e) {
        return hash(e.previousHash(), e.tenantId(), e.seq(), e.id(), e.occurredAt(), e.actorSubject(), e.actorName(),
                e.action(), e.targetType(), e.targetId(), e.ip(), e.userAgent(), e.before(), e.after());
    }

    /**
     * Walks a chain from its first entry, asking for the entries after the last one checked (in seq order, any number
     * at a time, none at the end), and stops at the first broken link: a missing seq, a previous hash that is not the
     * hash before it, or content that no longer matches its hash.
     */
    public static ChainVerification walk(LongFunction<List<AuditEntry>> entriesAfterSeq) {
        long checked = 0;
        long expectedSeq = 1;
        String expectedPrevious = GENESIS;
        for (List<AuditEntry> chunk = entriesAfterSeq.apply(0); !chunk.isEmpty();
                chunk = entriesAfterSeq.apply(expectedSeq - 1)) {
            for (AuditEntry entry : chunk) {
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, ChainVerification.SEQ_GAP);
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return ChainVerification.broken(checked, entry.seq(), ChainVerification.PREVIOUS_HASH_MISMATCH);
                }
                if (!hashOf(entry).equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(), ChainVerification.HASH_MISMATCH);
                }
                checked++;
                expectedSeq++;
                expectedPrevious = entry.hash();
            }
        }
        return ChainVerification.intact(checked);
    }

    static byte[] canonical(UUID tenantId, long seq, UUID id, Instant occurredAt, @Nullable String actorSubject,
            @Nullable String actorName, String action, String targetType, @Nullable String targetId,
            @Nullable String ip, @Nullable String userAgent, @Nullable String before, @Nullable String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT);
        field(out, Long.toString(seq));
        field(out, id.toString());
        field(out, timestamp(occurredAt));
        field(out, tenantId.toString());
        field(out, actorSubject);
        field(out, actorName);
        field(out, action);
        field(out, targetType);
        field(out, targetId);
        field(out, ip);
        field(out, userAgent);
        field(out, before);
        field(out, after);
        return out.toByteArray();
    }

    /** ISO-8601 in UTC with exactly six fractional digits: what PostgreSQL keeps of an instant. */
    static String timestamp(Instant instant) {
        return MICROS_UTC.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.writeBytes(new byte[] {'~'});
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}

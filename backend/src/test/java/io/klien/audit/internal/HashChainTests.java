package io.klien.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

import io.klien.audit.ChainVerification;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HashChainTests {

    private static final UUID TENANT = UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001");
    private static final UUID ID = UUID.fromString("6f1c2d3e-0000-4000-8000-000000000002");
    private static final Instant AT = Instant.parse("2026-11-22T09:30:00.123456789Z");

    @Test
    void aKnownEntryHasAKnownCanonicalFormAndHash() {
        // computed independently (Python hashlib) from the documented format
        String expectedCanonical = "14:klien-audit-v11:136:6f1c2d3e-0000-4000-8000-00000000000227:2026-11-22T09:30:00.123456Z"
                + "36:6f1c2d3e-0000-4000-8000-0000000000019:subject-110:Zoë Admin23:membership.role-changed"
                + "10:membership2:42~11:Mozilla/5.05:STAFF12:TENANT_ADMIN";

        byte[] canonical = HashChain.canonical(TENANT, 1, ID, AT, "subject-1", "Zoë Admin", "membership.role-changed",
                "membership", "42", null, "Mozilla/5.0", "STAFF", "TENANT_ADMIN");
        String hash = HashChain.hash(HashChain.GENESIS, TENANT, 1, ID, AT, "subject-1", "Zoë Admin",
                "membership.role-changed", "membership", "42", null, "Mozilla/5.0", "STAFF", "TENANT_ADMIN");

        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo(expectedCanonical);
        assertThat(hash).isEqualTo("87e34e172509747397772e5a07d9505f8f03c3034108453c0e2d8034b0255607");
    }

    @Test
    void aMissingValueAndAnEmptyValueHashDifferently() {
        assertThat(hashWith("a", null)).isNotEqualTo(hashWith("a", ""));
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        assertThat(hashWith("ab", "c")).isNotEqualTo(hashWith("a", "bc"));
        assertThat(hashWith("a1:b", null)).isNotEqualTo(hashWith("a", "b"));
    }

    @Test
    void theSameEntryAfterAnotherPreviousHashHashesDifferently() {
        String first = HashChain.hash(HashChain.GENESIS, TENANT, 1, ID, AT, null, null, "x", "y", null, null, null, null, null);
        String second = HashChain.hash("f".repeat(64), TENANT, 1, ID, AT, null, null, "x", "y", null, null, null, null, null);

        assertThat(first).hasSize(64).matches("[0-9a-f]{64}").isNotEqualTo(second);
    }

    @Test
    void timestampsAreWrittenInUtcWithExactlySixFractionalDigits() {
        assertThat(HashChain.timestamp(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000000Z");
        assertThat(HashChain.timestamp(Instant.parse("2026-01-02T03:04:05.1234567Z"))).isEqualTo("2026-01-02T03:04:05.123456Z");
    }

    @Test
    void walkingAnIntactChainCountsEveryEntryAcrossChunks() {
        List<AuditEntry> chain = chainOf(7);

        ChainVerification result = HashChain.walk(inChunksOf(chain, 2));

        assertThat(result).isEqualTo(ChainVerification.intact(7));
        assertThat(HashChain.walk(inChunksOf(List.of(), 2))).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void walkingStopsAtAnAlteredEntry() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(7));
        AuditEntry fifth = chain.get(4);
        chain.set(4, withAfter(fifth, "tampered", fifth.hash()));

        assertThat(HashChain.walk(inChunksOf(chain, 3))).isEqualTo(ChainVerification.broken(4, 5, ChainVerification.HASH_MISMATCH));
    }

    @Test
    void walkingStopsAfterAnEntryRewrittenWithAFreshHash() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(7));
        AuditEntry fifth = chain.get(4);
        AuditEntry rewritten = withAfter(fifth, "tampered", "0".repeat(64));
        chain.set(4, withAfter(fifth, "tampered", HashChain.hashOf(rewritten)));

        assertThat(HashChain.walk(inChunksOf(chain, 3)))
                .isEqualTo(ChainVerification.broken(5, 6, ChainVerification.PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void walkingReportsTheFirstMissingSeq() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(7));
        chain.remove(2);

        assertThat(HashChain.walk(inChunksOf(chain, 2))).isEqualTo(ChainVerification.broken(2, 3, ChainVerification.SEQ_GAP));
        assertThat(HashChain.walk(inChunksOf(chainOf(3).subList(1, 3), 2)))
                .isEqualTo(ChainVerification.broken(0, 1, ChainVerification.SEQ_GAP));
    }

    private static String hashWith(String before, @Nullable String after) {
        return HashChain.hash(HashChain.GENESIS, TENANT, 1, ID, AT, null, null, "x", "y", null, null, null, before, after);
    }

    private static List<AuditEntry> chainOf(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            UUID id = UUID.randomUUID();
            Instant at = AT.plusSeconds(seq);
            String hash = HashChain.hash(previous, TENANT, seq, id, at, "s", "n", "a.b", "t", null, null, null, null, "after " + seq);
            chain.add(new AuditEntry(TENANT, seq, id, at, "s", "n", "a.b", "t", null, null, null, null, "after " + seq,
                    previous, hash));
            previous = hash;
        }
        return chain;
    }

    private static AuditEntry withAfter(AuditEntry e, String after, String hash) {
        return new AuditEntry(e.tenantId(), e.seq(), e.id(), e.occurredAt(), e.actorSubject(), e.actorName(), e.action(),
                e.targetType(), e.targetId(), e.ip(), e.userAgent(), e.before(), after, e.previousHash(), hash);
    }

    /** Serves the entries the way the store does: those after a seq, in order, a chunk at a time. */
    private static LongFunction<List<AuditEntry>> inChunksOf(List<AuditEntry> chain, int chunk) {
        return afterSeq -> chain.stream().filter(e -> e.seq() > afterSeq).limit(chunk).toList();
    }
}

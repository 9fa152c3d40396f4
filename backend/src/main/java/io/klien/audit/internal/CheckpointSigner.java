package io.klien.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Signs and checks audit checkpoints with HMAC-SHA256 under {@code klien.audit.checkpoint-key}
 * (KLIEN_AUDIT_CHECKPOINT_KEY), a key that lives in configuration and never in the database: whoever can write the
 * database but does not hold the key cannot make a rewritten chain verify. The app refuses to finish starting
 * without a key of at least 32 characters.
 */
@Component
class CheckpointSigner implements ApplicationRunner {

    static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    CheckpointSigner(@Value("${klien.audit.checkpoint-key:}") String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void run(ApplicationArguments args) {
        requireKey();
    }

    /** A checkpoint of a chain whose newest entry is {@code seq} with {@code hash}. */
    public AuditCheckpoint sign(UUID tenantId, long seq, String hash, Instant signedAt) {
        return new AuditCheckpoint(tenantId, seq, hash, signedAt, keyId(), signature(tenantId, seq, hash, signedAt));
    }

    /** Whether the checkpoint was signed with this key and is unchanged since. */
    public boolean verifies(AuditCheckpoint checkpoint) {
        String expected = signature(checkpoint.tenantId(), checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                checkpoint.signature().getBytes(StandardCharsets.US_ASCII));
    }

    /** Names the key without revealing it, so a checkpoint tells which key signed it. */
    public String keyId() {
        requireKey();
        return hmac("klien-audit-checkpoint-key-id".getBytes(StandardCharsets.US_ASCII)).substring(0, 16);
    }

    private String signature(UUID tenantId, long seq, String hash, Instant signedAt) {
        requireKey();
        String canonical = "klien-audit-checkpoint-v1\n" + tenantId + "\n" + seq + "\n" + hash + "\n"
                + HashChain.timestamp(signedAt);
        return hmac(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private String hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides HmacSHA256", e);
        }
    }

    private void requireKey() {
        if (key.length < MIN_KEY_LENGTH) {
            throw new IllegalStateException("klien.audit.checkpoint-key (environment KLIEN_AUDIT_CHECKPOINT_KEY) must be"
                    + " set to a secret of at least " + MIN_KEY_LENGTH + " characters kept outside the database");
        }
    }
}

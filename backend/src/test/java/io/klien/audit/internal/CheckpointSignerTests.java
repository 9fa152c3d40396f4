package io.klien.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Checkpoints verify only under the key that signed them; without a key the app does not finish starting. */
class CheckpointSignerTests {

    private static final String KEY = "a-test-key-of-at-least-thirty-two-characters";

    @Test
    void aCheckpointVerifiesUnderItsKeyAndNotUnderAnother() {
        AuditCheckpoint checkpoint = new CheckpointSigner(KEY).sign(UUID.randomUUID(), 7, "ab".repeat(32),
                Instant.parse("2026-12-05T10:00:00.123456Z"));

        assertThat(new CheckpointSigner(KEY).verifies(checkpoint)).isTrue();
        assertThat(new CheckpointSigner(KEY + "-rotated").verifies(checkpoint)).isFalse();
        assertThat(new CheckpointSigner(KEY).verifies(new AuditCheckpoint(checkpoint.tenantId(), 8, checkpoint.hash(),
                checkpoint.signedAt(), checkpoint.keyId(), checkpoint.signature()))).as("another seq").isFalse();
        assertThat(checkpoint.keyId()).hasSize(16).isNotEqualTo(new CheckpointSigner(KEY + "-rotated").keyId());
    }

    @Test
    void withoutAKeyOrWithAShortOneTheAppRefusesToStart() {
        assertThatThrownBy(() -> new CheckpointSigner("").run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KLIEN_AUDIT_CHECKPOINT_KEY");
        assertThatThrownBy(() -> new CheckpointSigner("short").run(null)).isInstanceOf(IllegalStateException.class);
    }
}

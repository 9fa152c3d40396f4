package io.klien.contracts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One of the firm's seal keys: its certificate's fingerprint and subject, and whether it still seals. */
public record SealKeyView(UUID id, String algorithm, String certificateSha256, String subject, boolean active,
        Instant createdAt, @Nullable Instant retiredAt) {
}

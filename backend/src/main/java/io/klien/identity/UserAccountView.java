package io.klien.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person's account as the rest of the application sees it. */
public record UserAccountView(UUID id, String subject, @Nullable String email, String displayName,
        Instant firstSignedInAt, Instant lastSignedInAt, long signInCount) {
}

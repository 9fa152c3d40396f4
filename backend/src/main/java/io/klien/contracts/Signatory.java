package io.klien.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone who signed, for a party: the visible signature is the drawn image (PNG or JPEG) when given, else the typed
 * name.
 */
public record Signatory(String name, String email, String party, Instant signedAt, @Nullable String ipAddress,
        @Nullable String userAgent, byte @Nullable [] drawnSignature) {
}

package io.klien.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in the contract's signing trail ("Sent for signature", "Viewed", "Signed"), as printed on the certificate. */
public record SigningEvent(Instant at, String description, @Nullable String actor, @Nullable String ipAddress,
        @Nullable String userAgent) {
}

package io.klien.testimonials;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A loyalty gesture recorded for a client, with who recorded it and when. */
public record LoyaltyGestureView(UUID id, UUID clientId, LoyaltyGestureKind kind, LocalDate givenOn,
        @Nullable BigDecimal amount, @Nullable String currency, @Nullable String note, @Nullable String recordedBy,
        Instant recordedAt) {
}

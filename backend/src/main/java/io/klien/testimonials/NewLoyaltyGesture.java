package io.klien.testimonials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A loyalty gesture to record: its kind, the day, an optional value (amount and currency) and an optional note. */
public record NewLoyaltyGesture(UUID clientId, @Nullable LoyaltyGestureKind kind, @Nullable LocalDate givenOn,
        @Nullable BigDecimal amount, @Nullable String currency, @Nullable String note) {
}

package io.klien.contracts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Late payment interest (percent per month on the overdue amount) and the firm's late-delivery discount per week. */
public record Penalties(@Nullable BigDecimal latePaymentPercentPerMonth, @Nullable BigDecimal lateDeliveryPercentPerWeek) {

    public static Penalties none() {
        return new Penalties(null, null);
    }
}

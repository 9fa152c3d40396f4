package io.klien.testimonials;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One reason a client is at risk, with the figures that make it: the latest and previous NPS scores, how many
 * breaches, the renewal date.
 */
public record RiskReason(RiskKind kind, @Nullable Integer latestScore, @Nullable Integer previousScore, long breaches,
        @Nullable LocalDate renewalOn) {
}

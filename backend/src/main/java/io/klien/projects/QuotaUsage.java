package io.klien.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.klien.contracts.Money;
import io.klien.contracts.Quota;
import org.jspecify.annotations.Nullable;

/**
 * One quota line of a project's budget against what was used in its period: the calendar month in the firm's zone
 * for a monthly quota ({@code periodStart} to {@code periodEnd}), the whole project for a quota per contract (both
 * {@code null}). {@code overage} is what was used above the quota; {@code overageCharge} prices it when the contract
 * bills overage at a rate.
 */
public record QuotaUsage(Quota quota, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
        BigDecimal used, int percent, BigDecimal overage, @Nullable Money overageCharge) {
}

package io.klien.contracts;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fee: {@code amount} is the fixed fee, the hourly rate or the monthly retainer by model; milestones carry their
 * own amounts; a success fee is a percent of the outcome, with an optional fixed part in {@code amount}.
 */
public record Fee(FeeModel model, @Nullable Money amount, List<Milestone> milestones,
        @Nullable BigDecimal successPercent) {

    public Fee {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public static Fee fixed(Money amount) {
        return new Fee(FeeModel.FIXED, amount, List.of(), null);
    }

    public static Fee hourly(Money rate) {
        return new Fee(FeeModel.HOURLY, rate, List.of(), null);
    }

    public static Fee monthlyRetainer(Money perMonth) {
        return new Fee(FeeModel.MONTHLY_RETAINER, perMonth, List.of(), null);
    }
}

package io.klien.contracts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What the fee covers, e.g. 40 HOURS per MONTH or 3 REVISION_ROUNDS per CONTRACT, and what happens above it; an
 * overage billed at a rate names the rate.
 */
public record Quota(BigDecimal amount, Unit unit, Period per, Overage overage, @Nullable Money overageRate) {

    public enum Unit {
        HOURS, REVISION_ROUNDS, DELIVERABLES, MEETINGS
    }

    public enum Period {
        MONTH, CONTRACT
    }

    public enum Overage {
        BILLED_AT_RATE, NEEDS_CHANGE_ORDER, NOT_PROVIDED
    }
}

package io.klien.contracts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What the fee covers, e.g. 40 HOURS per MONTH, 3 REVISION_ROUNDS per CONTRACT or 12 POSTS per MONTH, and what
 * happens above it; an overage billed at a rate names the rate.
 */
public record Quota(BigDecimal amount, Unit unit, Period per, Overage overage, @Nullable Money overageRate) {

    public enum Unit {
        HOURS, REVISION_ROUNDS, DELIVERABLES, MEETINGS, PAGES, POSTS;

        /** Units the team counts by hand as they are used (hours are logged as time, reviews counted from them). */
        public boolean countedByHand() {
            return this == MEETINGS || this == PAGES || this == POSTS;
        }
    }

    public enum Period {
        MONTH, CONTRACT
    }

    public enum Overage {
        BILLED_AT_RATE, NEEDS_CHANGE_ORDER, NOT_PROVIDED
    }
}

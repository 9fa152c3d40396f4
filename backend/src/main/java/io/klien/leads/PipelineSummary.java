package io.klien.leads;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The pipeline at a glance for the staff dashboard. */
public record PipelineSummary(List<StageTotal> stages, List<LeadView> myFollowUps, long startedLast90Days,
        long wonLast90Days, @Nullable Double conversionRate, @Nullable Double medianSalesCycleDays) {

    /** Open leads in a stage, with their estimated value per currency. */
    public record StageTotal(LeadStageView stage, long leads, List<Amount> values) {
    }

    public record Amount(String currency, BigDecimal total) {
    }
}

package io.klien.projects;

import java.util.UUID;

import io.klien.contracts.Quota;

/**
 * A quota line of a project reached 80 or 100 percent in a period ({@code yyyy-MM} for a monthly quota,
 * {@code CONTRACT} for one over the whole contract); published once per period and threshold.
 */
public record QuotaThresholdReached(UUID tenantId, UUID projectId, Quota quota, int percent, String period)
        implements ProjectEvent {

    /** The period of a quota over the whole contract. */
    public static final String WHOLE_CONTRACT = "CONTRACT";

    @Override
    public String auditAction() {
        return "project.quota-threshold-reached";
    }

    @Override
    public String auditDetails() {
        return quota.unit() + " " + percent + "% of " + quota.amount().toPlainString() + " in " + period;
    }
}

package io.klien.testimonials;

import java.util.Collection;
import java.util.UUID;

/**
 * System work across firms, run daily: asks the primary contact of each client whose onboarding completed the firm's
 * number of days ago ({@link AskRules#daysAfterOnboarding()}), within the firm's rules, once per onboarding. One
 * firm's failure is logged and the others still run.
 */
public interface OnboardingAskRun {

    /** Runs in every active firm; returns how many contacts were asked. */
    int askDue();

    /** Runs in the given firms; returns how many contacts were asked. */
    int askDue(Collection<UUID> tenantIds);
}

package io.klien.onboarding;

import java.util.List;

/**
 * An onboarding with its steps in order, and what the person who just acted on it should know (message keys: for
 * now only that a started onboarding's client has no representative).
 */
public record Checklist(OnboardingSummary onboarding, List<StepView> steps, List<String> warnings) {

    /** The client has no representative and no account team: whoever follows the onboarding hears of its activity. */
    public static final String NO_REPRESENTATIVE = "onboarding.start.no-representative";
    /** The client has no representative but an account team, which hears of the client's activity instead. */
    public static final String NO_REPRESENTATIVE_BUT_TEAM = "onboarding.start.no-representative-team";

    public Checklist(OnboardingSummary onboarding, List<StepView> steps) {
        this(onboarding, steps, List.of());
    }
}

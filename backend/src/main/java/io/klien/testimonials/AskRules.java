package io.klien.testimonials;

/**
 * A firm's rules for asking: never the same contact twice within {@code cooldownDays}; never a client whose last
 * milestone rating is below {@code minimumRating} or who has an open support request; a link for a contact without a
 * portal account is valid for {@code linkValidDays}. Each automatic trigger is switched on or off: after an approved
 * deliverable ({@code askOnApproval}, and only when the client's last rating reaches {@code minimumRating}), after a
 * completed project ({@code askOnProjectCompleted}), after a renewed contract ({@code askOnContractRenewed}), and
 * {@code daysAfterOnboarding} days after an onboarding completed ({@code askAfterOnboarding}).
 */
public record AskRules(int cooldownDays, boolean askOnApproval, int minimumRating, int linkValidDays,
        boolean askOnProjectCompleted, boolean askOnContractRenewed, boolean askAfterOnboarding,
        int daysAfterOnboarding) {

    /** The rules of a firm that has not set its own. */
    public static final AskRules DEFAULTS = new AskRules(90, true, 4, 14, true, true, true, 60);

    /** The rules as they were before the project, contract and onboarding triggers: those keep their defaults. */
    public AskRules(int cooldownDays, boolean askOnApproval, int minimumRating, int linkValidDays) {
        this(cooldownDays, askOnApproval, minimumRating, linkValidDays, DEFAULTS.askOnProjectCompleted,
                DEFAULTS.askOnContractRenewed, DEFAULTS.askAfterOnboarding, DEFAULTS.daysAfterOnboarding);
    }

    /** Whether the firm asks automatically on this trigger (a manual ask is always allowed). */
    public boolean asksOn(AskTrigger trigger) {
        return switch (trigger) {
            case MANUAL -> true;
            case DELIVERABLE_APPROVED -> askOnApproval;
            case PROJECT_COMPLETED -> askOnProjectCompleted;
            case CONTRACT_RENEWED -> askOnContractRenewed;
            case ONBOARDING_COMPLETED -> askAfterOnboarding;
        };
    }
}

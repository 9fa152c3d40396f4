package io.klien.onboarding;

/**
 * What was recorded on a step to do it: one record type per {@link StepType} (named by
 * {@link StepType#outcomeType()}), stored as the step's JSON document and checked in its constructor, so a step never
 * holds an outcome that breaks its type's rules.
 *
 * <p>A new step type adds one outcome record implementing this interface, one {@code StepKind} with the rules that
 * record it (backend) and one {@code StepPanel} that shows it (UI); nothing switches over the types.
 */
public interface StepOutcome {

    /** Whether only the firm sees it: client users get no outcome of this kind on their checklist. */
    default boolean firmOnly() {
        return false;
    }

    /** Whether it keeps the onboarding from completing and its step from being skipped (a conflict found). */
    default boolean holdsOnboarding() {
        return false;
    }
}

package io.klien.onboarding.internal;

import java.util.UUID;

import io.klien.onboarding.OnboardingSteps;
import io.klien.onboarding.StepOutcome;
import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;

/**
 * The rules of one {@link StepType}: how its steps are worked on and completed, and what they record (the type's
 * {@link StepOutcome} record). Each kind is one component of this package, with every rule of its type in one place;
 * {@link OnboardingSteps} declares who may call the work, {@link OnboardingStepService} hands it to the kind, and the
 * code shared by all types ({@link StepWork}, the step entity, the checklist) never asks which type a step is.
 *
 * <p>A new step type (contract signing comes next) adds: a {@link StepType} constant naming its outcome record, the
 * record itself (checked in its constructor), one {@code StepKind} here with its rules, and one {@code StepPanel} in
 * the UI ({@code io.klien.ui.onboarding}) that shows and works it. Its actions are entry points with declared
 * permissions: methods of {@link OnboardingSteps}, implemented in {@link OnboardingStepService} by calling the kind,
 * as for the types so far.
 */
abstract class StepKind {

    protected final StepWork work;

    StepKind(StepWork work) {
        this.work = work;
    }

    /** The step type whose rules these are. */
    abstract StepType type();

    /** A step of this type, locked for work on it ({@link StepWork#lock(UUID)}). */
    Work lock(UUID stepId) {
        return work.lock(stepId, type());
    }
}

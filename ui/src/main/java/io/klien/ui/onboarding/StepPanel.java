package io.klien.ui.onboarding;

import com.vaadin.flow.component.Component;
import io.klien.onboarding.StepType;

/**
 * The work of one step type inside a {@link StepCard}: what was recorded on the step (its outcome) and, while the
 * viewer may act on it, the fields and buttons that record more. The card keeps the shared frame (title, state, due
 * date, skip, comments) and asks {@link StepPanels} for the panel of the step's type.
 *
 * <p>A new step type (contract signing comes next) adds one panel here, a Spring component like the others, next to
 * its outcome record and {@code StepKind} in the backend; no card, switch or list changes.
 */
interface StepPanel {

    /** The step type this panel shows. */
    StepType type();

    /** The panel for one step; {@code step} offers the step, the services and the card's ids, texts and actions. */
    Component render(StepContext step);
}

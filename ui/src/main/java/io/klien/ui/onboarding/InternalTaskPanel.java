package io.klien.ui.onboarding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.onboarding.StepType;

/** An internal task of the firm: a button that marks it done while it is open. */
@SpringComponent
class InternalTaskPanel implements StepPanel {

    @Override
    public StepType type() {
        return StepType.INTERNAL_TASK;
    }

    @Override
    public Component render(StepContext step) {
        Div panel = new Div();
        if (step.open()) {
            panel.add(step.button("done", "onboarding.ui.mark-done",
                    () -> step.services().steps().completeTask(step.step().id()), "onboarding.ui.step-done"));
        }
        return panel;
    }
}

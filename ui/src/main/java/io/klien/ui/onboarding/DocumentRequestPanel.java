package io.klien.ui.onboarding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.onboarding.DocumentRequirements;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.StepType;
import io.klien.ui.documents.DocumentsPanel;

/** A document request: what it asks for, the files received, uploads while open, and the button that completes it. */
@SpringComponent
class DocumentRequestPanel implements StepPanel {

    @Override
    public StepType type() {
        return StepType.DOCUMENT_REQUEST;
    }

    @Override
    public Component render(StepContext step) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        OnboardingServices services = step.services();
        DocumentRequirements asked = step.step().documents();
        if (asked != null) {
            layout.add(new Paragraph(step.text("onboarding.ui.documents-asked", asked.what())));
        }
        DocumentsPanel panel = new DocumentsPanel(step.id("documents"), services.documents(),
                OnboardingUploads.policyOf(asked), asked == null ? 1 : asked.maxFiles(),
                () -> services.uploads().documents(step.step().id()),
                step.open() ? (name, type, content) -> services.uploads().upload(step.step().id(), name, type, content)
                        : null,
                step.changed()).inZone(services.zone());
        layout.add(panel);
        if (step.open()) {
            layout.add(step.button("documents-complete", "onboarding.ui.documents-complete",
                    () -> services.steps().completeDocumentRequest(step.step().id()), "onboarding.ui.step-done"));
        }
        return layout;
    }
}

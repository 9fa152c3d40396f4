package io.klien.ui.onboarding;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.documents.DocumentView;
import io.klien.onboarding.FormAnswers;
import io.klien.onboarding.FormField;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.StepType;
import io.klien.ui.documents.DocumentsPanel;

/** An intake form: its fields with the answers so far, and (while open) saving a draft or submitting it. */
@SpringComponent
class IntakeFormPanel implements StepPanel {

    @Override
    public StepType type() {
        return StepType.INTAKE_FORM;
    }

    @Override
    public Component render(StepContext step) {
        boolean open = step.open();
        IntakeForm form = new IntakeForm(step.id("field"), step.step().fields(), step.step().answers(), open,
                (field, saved) -> fileInput(step, field, saved, open));
        VerticalLayout layout = new VerticalLayout(form);
        layout.setPadding(false);
        if (open) {
            var steps = step.services().steps();
            var view = step.step();
            Button draft = new Button(step.text("onboarding.ui.save-draft"), click -> step.act(
                    () -> steps.saveDraft(view.id(), view.version(), form.answers()), "onboarding.ui.draft-saved", form));
            draft.setId(step.id("draft"));
            Button submit = new Button(step.text("onboarding.ui.submit"), click -> step.act(
                    () -> steps.submitForm(view.id(), view.version(), form.answers()), "onboarding.ui.form-sent", form));
            submit.setId(step.id("submit"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(new HorizontalLayout(draft, submit));
            FormAnswers answers = view.outcome(FormAnswers.class);
            if (answers != null) {
                Span saved = new Span(step.text("onboarding.ui.draft-saved-at", step.dateTime(answers.savedAt())));
                saved.addClassName("klien-muted");
                layout.add(saved);
            }
        }
        return layout;
    }

    /** A FILE field: files uploaded for it are stored at once; the form's answers carry their ids. */
    private static IntakeForm.FileInput fileInput(StepContext step, FormField field, List<String> saved, boolean open) {
        List<String> ids = new CopyOnWriteArrayList<>(saved);
        OnboardingServices services = step.services();
        VerticalLayout layout = new VerticalLayout(new Span(field.label() + (field.required() ? " *" : "")));
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(new DocumentsPanel(step.id("file-" + field.key()), services.documents(),
                OnboardingUploads.FORM_FILE, 5,
                () -> services.uploads().documents(step.step().id()).stream()
                        .filter(d -> ids.contains(d.id().toString())).toList(),
                open ? (name, type, content) -> {
                    DocumentView stored = services.uploads().uploadFormFile(step.step().id(), field.key(), name, type,
                            content);
                    ids.add(stored.id().toString());
                    return stored;
                } : null,
                () -> { }).inZone(services.zone()));
        return new IntakeForm.FileInput(layout, () -> List.copyOf(ids));
    }
}

package io.klien.ui.onboarding;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.onboarding.LetterSignature;
import io.klien.onboarding.StepType;

/** An engagement letter: the day it was signed, or (for staff, while open) the date to mark it signed on. */
@SpringComponent
class EngagementLetterPanel implements StepPanel {

    @Override
    public StepType type() {
        return StepType.ENGAGEMENT_LETTER;
    }

    @Override
    public Component render(StepContext step) {
        LetterSignature signature = step.step().outcome(LetterSignature.class);
        if (signature != null) {
            Span signed = new Span(step.text("onboarding.ui.letter.signed-on", step.date(signature.signedOn())));
            signed.setId(step.id("letter-summary"));
            return signed;
        }
        if (!step.open() || step.clientUser()) {
            return new Span(step.text("onboarding.ui.letter.waiting"));
        }
        DatePicker signedOn = new DatePicker(step.text("onboarding.ui.letter.date"));
        signedOn.setId(step.id("letter-date"));
        signedOn.setValue(step.today());
        signedOn.setMax(step.today());
        Button mark = new Button(step.text("onboarding.ui.letter.mark"), click -> step.act(
                () -> step.services().steps().markLetterSigned(step.step().id(), signedOn.getValue()),
                "onboarding.ui.step-done", null));
        mark.setId(step.id("letter-mark"));
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(signedOn, mark);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }
}

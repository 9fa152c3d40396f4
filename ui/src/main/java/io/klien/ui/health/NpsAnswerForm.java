package io.klien.ui.health;

import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.testimonials.NpsSurveys;

/** The NPS question: a score from 0 to 10 and an optional comment, sent once; used in the portal and on the link page. */
class NpsAnswerForm extends Div {

    final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button send;

    NpsAnswerForm(String firmName, String idPrefix, BiConsumer<Integer, String> answer) {
        Paragraph question = new Paragraph(getTranslation("health.nps.question", firmName));
        question.setId(idPrefix + "-question");
        score.setId(idPrefix + "-score");
        score.setAriaLabel(getTranslation("health.nps.question", firmName));
        score.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        score.setHelperText(getTranslation("health.nps.scale"));
        comment.setId(idPrefix + "-comment");
        comment.setLabel(getTranslation("health.nps.comment"));
        comment.setMaxLength(NpsSurveys.COMMENT_MAX);
        comment.setWidthFull();
        send = new Button(getTranslation("health.nps.send"), click -> {
            if (score.getValue() == null) {
                score.setErrorMessage(getTranslation("health.nps.choose"));
                score.setInvalid(true);
                return;
            }
            score.setInvalid(false);
            answer.accept(score.getValue(), comment.getValue());
        });
        send.setId(idPrefix + "-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(question, score, comment, send);
    }
}

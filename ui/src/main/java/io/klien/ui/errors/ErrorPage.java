package io.klien.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** What every error page shows: a title, what happened in plain words, and a way back. */
abstract class ErrorPage extends CenteredCard {

    protected final H1 title = new H1();
    protected final Paragraph explanation = new Paragraph();

    protected ErrorPage(String idPrefix) {
        title.setId(idPrefix + "-title");
        explanation.setId(idPrefix + "-text");
        explanation.addClassName("klien-muted");
        Anchor home = new Anchor("", getTranslation("error.back-home"));
        home.setId(idPrefix + "-home");
        card().add(title, explanation, home);
    }

    protected void show(String titleKey, String textKey) {
        title.setText(getTranslation(titleKey));
        explanation.setText(getTranslation(textKey));
    }

    protected Paragraph reference(String correlationId) {
        Span id = new Span(correlationId);
        id.setId("error-correlation-id");
        id.addClassName("klien-correlation-id");
        Paragraph reference = new Paragraph(getTranslation("error.reference") + " ");
        reference.add(id);
        return reference;
    }
}

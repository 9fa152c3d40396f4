package io.klien.ui.errors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/** A page with one card in the middle and the Klien mark on top: sign-in problems and error pages. */
public class CenteredCard extends Div {

    private final Div card = new Div();

    protected CenteredCard() {
        addClassName("klien-centered");
        card.addClassName("klien-card");
        Div brand = new Div(new Image("assets/klien.svg", ""), new Span("Klien"));
        brand.addClassName("klien-brand");
        card.add(brand);
        add(card);
    }

    protected Div card() {
        return card;
    }
}

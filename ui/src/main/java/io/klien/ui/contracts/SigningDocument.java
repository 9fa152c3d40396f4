package io.klien.ui.contracts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * The contract's text as its signatory reads it before signing: the service's sanitized HTML in a scroll box that
 * tells the server once it was scrolled to its end (at once when it fits without scrolling).
 */
public class SigningDocument extends Div {

    /** Scrolled to the end in the browser. */
    @DomEvent(ReachedEnd.NAME)
    public static class ReachedEnd extends ComponentEvent<SigningDocument> {

        static final String NAME = "klien-reached-end";

        public ReachedEnd(SigningDocument source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    private static final String WATCH_THE_END = """
            const box = this;
            const check = () => {
              if (box.scrollTop + box.clientHeight >= box.scrollHeight - 16) {
                box.removeEventListener('scroll', check);
                box.dispatchEvent(new CustomEvent('%s'));
              }
            };
            box.addEventListener('scroll', check, {passive: true});
            requestAnimationFrame(check);
            """.formatted(ReachedEnd.NAME);

    SigningDocument(String sanitizedHtml) {
        setId("signing-document");
        addClassName("klien-signing-document");
        getElement().setAttribute("tabindex", "0");
        // only the service's sanitized HTML goes into the page, never the body as typed
        add(new Html("<div class=\"klien-contract-preview\">" + sanitizedHtml + "</div>"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(WATCH_THE_END);
    }

    Registration addReachedEndListener(ComponentEventListener<ReachedEnd> listener) {
        return addListener(ReachedEnd.class, listener);
    }
}

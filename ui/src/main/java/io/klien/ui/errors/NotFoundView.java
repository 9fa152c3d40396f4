package io.klien.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Nothing lives at this address, or the record it names is not one the user can open (see {@link RecordNotFound}). */
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (parameter.getCaughtException() instanceof RecordNotFound) {
            show("error.record-not-found.title", "error.record-not-found.text");
        } else {
            show("error.not-found.title", "error.not-found.text");
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

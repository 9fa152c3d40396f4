package io.klien.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Something failed while opening a page: the user sees a reference, the log gets the stack trace. */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    public InternalErrorView() {
        super("internal-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String correlationId = ErrorCorrelation.log("Opening " + event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        show("error.internal.title", "error.internal.text");
        card().addComponentAtIndex(3, reference(correlationId));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

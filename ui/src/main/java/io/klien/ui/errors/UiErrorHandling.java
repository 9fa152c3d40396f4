package io.klien.ui.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failures inside a click or other event. A broken rule (a {@link DomainException} the view did not handle at a
 * field) shows its message as a warning, so views need not catch it just to show a notice; anything else gives a
 * notice with a reference to the log, never a stack trace.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        UI current = UI.getCurrent();
        DomainException broken = domainException(event.getThrowable());
        if (broken != null && current != null) {
            Notices.withId(Notices.refused(broken), "rule-notification");
            return;
        }
        String correlationId = ErrorCorrelation.log("Handling a user action", event.getThrowable());
        if (current != null) {
            Notices.withId(Notices.failure(current.getTranslation("error.action-failed", correlationId)),
                    "error-notification");
        }
    }

    private static @Nullable DomainException domainException(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }
}

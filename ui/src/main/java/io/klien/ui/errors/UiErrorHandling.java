package io.klien.ui.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failures inside a click or other event: the user gets a notification with a reference, never a stack trace.
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
            Notification notification = Notification.show(
                    current.getTranslation(broken.messageKey(), broken.arguments()), 6000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notification.setId("rule-notification");
            return;
        }
        String correlationId = ErrorCorrelation.log("Handling a user action", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(
                    ui.getTranslation("error.action-failed", correlationId), 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("error-notification");
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

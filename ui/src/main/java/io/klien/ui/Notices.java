package io.klien.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.klien.shared.DomainException;

/**
 * All feedback the app gives outside a form field: one look and timing per kind, so "done", "refused" and "failed"
 * read the same on every page. Texts are already translated, except a refused rule, which is translated here.
 */
public final class Notices {

    static final int SUCCESS_MILLIS = 3000;
    static final int WARNING_MILLIS = 6000;
    static final int FAILURE_MILLIS = 8000;
    static final int SUCCESS_STACK = 2;
    private static final String SHOWN_SUCCESSES = "klien.notices.successes";

    private Notices() {
    }

    /**
     * A short success message at the bottom, gone after three seconds. Quick work in a row does not pile them up over
     * the page: at most {@value #SUCCESS_STACK} show at once, the oldest closes first.
     */
    public static Notification success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI ui = UI.getCurrent();
        if (ui != null) {
            @SuppressWarnings("unchecked")
            Deque<Notification> shown = (Deque<Notification>) ComponentUtil.getData(ui, SHOWN_SUCCESSES);
            if (shown == null) {
                shown = new ArrayDeque<>();
                ComponentUtil.setData(ui, SHOWN_SUCCESSES, shown);
            }
            shown.removeIf(earlier -> !earlier.isOpened());
            shown.addLast(notification);
            while (shown.size() > SUCCESS_STACK) {
                shown.removeFirst().close();
            }
        }
        return notification;
    }

    /** Something the user should know before going on (a rule they ran into, a file that was refused). */
    public static Notification warning(String text) {
        Notification notification = Notification.show(text, WARNING_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        return notification;
    }

    /** A rule the service refused the action with, in the user's language. */
    public static Notification refused(DomainException refusal) {
        UI ui = UI.getCurrent();
        String text = ui == null ? refusal.messageKey() : ui.getTranslation(refusal.messageKey(), refusal.arguments());
        return warning(text);
    }

    /** A refusal or failure, in the middle and longer, so it is read. */
    public static Notification error(String text) {
        Notification notification = Notification.show(text, WARNING_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** An unexpected failure: the text carries the reference the log has, and stays long enough to note it. */
    public static Notification failure(String text) {
        Notification notification = Notification.show(text, FAILURE_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** The same notice with an id, so tests and screen readers can find it. */
    public static Notification withId(Notification notification, String id) {
        notification.setId(id);
        return notification;
    }
}

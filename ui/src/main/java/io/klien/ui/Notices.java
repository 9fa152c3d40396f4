package io.klien.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The feedback every action gives: one look and timing for "done" across the app. */
public final class Notices {

    private Notices() {
    }

    /** A short success message at the bottom, gone after three seconds. */
    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal or failure, in the middle and longer, so it is read. */
    public static Notification error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}

package io.klien.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.klien.notifications.EmailPreference;
import io.klien.notifications.Notifications;
import io.klien.ui.Notices;

/** Each person chooses, per kind, whether notifications also reach them by email; every change is saved at once. */
class EmailSettingsDialog extends Dialog {

    EmailSettingsDialog(Notifications notifications) {
        setId("notification-settings");
        setHeaderTitle(getTranslation("notifications.settings.title"));
        Paragraph help = new Paragraph(getTranslation("notifications.settings.help"));
        help.addClassName("klien-muted");
        Div choices = new Div();
        choices.addClassName("klien-notification-settings");
        for (EmailPreference preference : notifications.preferences()) {
            String label = notifications.label(preference.kind(), getLocale());
            Checkbox email = new Checkbox(label, preference.email());
            email.setId("notification-pref-" + preference.kind().name());
            email.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    notifications.setEmail(preference.kind(), change.getValue());
                    Notices.success(getTranslation(change.getValue() ? "notifications.settings.on"
                            : "notifications.settings.off", label));
                }
            });
            choices.add(new Div(email));
        }
        add(help, choices);
        Button close = new Button(getTranslation("notifications.settings.close"), click -> close());
        close.setId("notification-settings-close");
        getFooter().add(close);
    }
}

package io.klien.ui.security;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.klien.identity.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The language a person reads Klien in: the one they chose in the user menu, remembered on their account and applied
 * to every new UI (next sign-in, another device); until they choose, the browser's.
 */
@Component
public class UserLanguage implements VaadinServiceInitListener {

    /** The languages Klien speaks, as offered in the user menu. */
    public static final List<Locale> CHOICES = List.of(Locale.ENGLISH, Locale.of("id"));

    private final CurrentUser currentUser;
    private final UserAccounts accounts;

    UserLanguage(CurrentUser currentUser, UserAccounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> applyChosen(init.getUI()));
    }

    void applyChosen(UI ui) {
        currentUser.get().flatMap(user -> accounts.preferredLocale(user.subject()))
                .map(Locale::forLanguageTag)
                .ifPresent(ui::setLocale);
    }

    /** Adds "Language" with one checkable item per language to a user menu. */
    public void addTo(SubMenu userMenu) {
        MenuItem language = userMenu.addItem("");
        language.setText(language.getTranslation("layout.language"));
        language.setId("language");
        UI ui = UI.getCurrent();
        String current = ui == null ? "en" : ui.getLocale().getLanguage();
        for (Locale choice : CHOICES) {
            MenuItem item = language.getSubMenu().addItem(
                    language.getTranslation("layout.language." + choice.getLanguage()),
                    click -> click.getSource().getUI().ifPresent(u -> choose(u, choice)));
            item.setId("language-" + choice.getLanguage());
            item.setCheckable(true);
            item.setChecked(choice.getLanguage().equals(current) || current.isEmpty() && choice == Locale.ENGLISH);
        }
    }

    /** Switches the UI to the language at once and remembers it for the person's next sessions. */
    public void choose(UI ui, Locale language) {
        currentUser.get().ifPresent(user -> accounts.choosePreferredLocale(user.subject(), language.getLanguage()));
        ui.getSession().setLocale(language);
        ui.setLocale(language);
        ui.refreshCurrentRoute(true);
    }
}

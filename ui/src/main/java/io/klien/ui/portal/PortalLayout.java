package io.klien.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.ui.firms.FirmPickerView;
import io.klien.ui.notifications.NotificationBell;
import io.klien.ui.security.ActiveFirm;
import io.klien.ui.security.CurrentUser;
import io.klien.ui.security.SignedInUser;
import io.klien.ui.security.UserLanguage;
import jakarta.annotation.security.RolesAllowed;

/** The client portal frame, in the firm's own colours and name. */
@RolesAllowed("CLIENT")
public class PortalLayout extends AppLayout {

    public PortalLayout(ActiveFirm activeFirm, CurrentUser currentUser, AuthenticationContext authentication,
            Tenants tenants, NotificationBell bell, UserLanguage language) {
        TenantView firm = activeFirm.firm().orElseThrow();
        SignedInUser user = currentUser.require();
        getElement().getStyle()
                .set("--klien-brand", firm.primaryColor())
                .set("--lumo-primary-color", firm.primaryColor())
                .set("--lumo-primary-text-color", firm.primaryColor());
        addClassName("klien-portal");
        // the portal has one page per purpose and no side navigation yet: the navbar spans the window
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);

        Span firmName = new Span(firm.displayName());
        firmName.setId("portal-firm-name");
        Component mark = tenants.logo()
                .<Component>map(logo -> new Image(logo.content(), firm.displayName()))
                .orElseGet(() -> new Span(firm.displayName().substring(0, 1).toUpperCase()));
        mark.getElement().getClassList().add("klien-portal-mark");
        mark.setId("portal-logo");
        Div brand = new Div(mark, firmName);
        brand.addClassName("klien-brand");

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Span name = new Span(user.displayName());
        name.setId("user-name");
        Div trigger = new Div(new Avatar(user.displayName()), name);
        trigger.addClassName("klien-user-trigger");
        MenuItem item = menu.addItem(trigger);
        if (activeFirm.choices().size() > 1) {
            item.getSubMenu().addItem(getTranslation("layout.switch-firm"),
                    click -> getUI().ifPresent(ui -> ui.navigate(FirmPickerView.class))).setId("switch-firm");
        }
        language.addTo(item.getSubMenu());
        item.getSubMenu().addItem(getTranslation("layout.sign-out"), click -> authentication.logout()).setId("sign-out");

        Div header = new Div(brand, bell, menu);
        header.addClassName("klien-header");
        header.getStyle().set("padding-inline", "var(--lumo-space-l)").set("justify-content", "space-between");
        addToNavbar(header);
    }
}

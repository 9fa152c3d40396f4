package io.klien.ui.home;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.tenancy.TenantView;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.security.ActiveFirm;
import io.klien.ui.security.CurrentUser;
import io.klien.ui.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/** Where a signed-in person lands: who they are signed in as and what they can do next. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, ActiveFirm activeFirm) {
        SignedInUser user = currentUser.require();
        addClassName("klien-page");

        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.setId("home-greeting");
        Paragraph today = new Paragraph(LocalDate.now(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())));
        today.addClassName("klien-muted");

        Div card = new Div();
        card.addClassName("klien-card");
        card.setId("home-empty-state");
        card.add(new H2(getTranslation("home.empty.title")), new Paragraph(getTranslation("home.empty.text")));
        String firm = activeFirm.firm().map(TenantView::displayName).orElse("");
        Paragraph signedInAs = new Paragraph(getTranslation("home.signed-in-as",
                user.email() == null ? user.displayName() : user.email(), firm));
        signedInAs.setId("home-signed-in-as");
        signedInAs.addClassName("klien-muted");
        card.add(signedInAs);

        add(greeting, today, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}

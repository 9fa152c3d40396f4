package io.klien.ui.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** A client's home in the firm's portal: who they are here and what the firm is doing for them. */
@Route(value = "portal", layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalHomeView extends Div implements HasDynamicTitle {

    public PortalHomeView(CurrentUser currentUser, Clients clients) {
        addClassName("klien-page");
        H2 greeting = new H2(getTranslation("portal.greeting", currentUser.require().displayName()));
        greeting.setId("portal-greeting");
        ClientView client = TenantContext.current().map(TenantContext.Scope::clientId).flatMap(clients::find)
                .orElseThrow();
        H3 clientName = new H3(client.name());
        clientName.setId("portal-client-name");
        Div card = new Div(new Paragraph(getTranslation("portal.client-of")), clientName,
                new Paragraph(getTranslation("portal.empty")));
        card.addClassName("klien-card");
        add(greeting, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}

package io.klien.ui.portal;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.clients.ClientView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.klien.clients.Clients;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.Onboardings;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** A client's home in the firm's portal: who they are here and what the firm is doing for them. */
@Route(value = "portal", layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalHomeView extends Div implements HasDynamicTitle {

    public PortalHomeView(CurrentUser currentUser, Clients clients, Onboardings onboardings) {
        addClassName("klien-page");
        H2 greeting = new H2(getTranslation("portal.greeting", currentUser.require().displayName()));
        greeting.setId("portal-greeting");
        ClientView client = TenantContext.current().map(TenantContext.Scope::clientId).flatMap(clients::find)
                .orElseThrow();
        H3 clientName = new H3(client.name());
        clientName.setId("portal-client-name");
        Div card = new Div(new Paragraph(getTranslation("portal.client-of")), clientName);
        card.addClassName("klien-card");
        List<OnboardingSummary> running = onboardings.forClient(client.id());
        if (running.isEmpty()) {
            card.add(new Paragraph(getTranslation("portal.empty")));
        }
        for (OnboardingSummary o : running) {
            Anchor open = new Anchor("portal/onboarding/" + o.id(), o.templateName());
            open.setId("portal-onboarding-" + o.id());
            open.addClassName("klien-portal-onboarding");
            Span progress = new Span(getTranslation("portal.onboarding-progress", o.progressPercent(),
                    getTranslation("onboarding.status." + o.status().name())));
            progress.addClassName("klien-muted");
            card.add(new Div(open, new Span(" · "), progress));
        }
        add(greeting, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}

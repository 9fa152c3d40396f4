package io.klien.ui.clients;

import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** One client's page. An address from another firm shows access denied and nothing of the record. */
@Route(value = "clients/:" + ClientDetailView.PARAMETER, layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ClientDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "clientId";

    private final Clients clients;
    private String title = "";

    public ClientDetailView(Clients clients) {
        this.clients = clients;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClientView client = event.getRouteParameters().get(PARAMETER)
                .flatMap(ClientDetailView::uuid)
                .flatMap(clients::find)
                .orElse(null);
        if (client == null) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        title = client.name();
        H2 name = new H2(client.name());
        name.setId("client-detail-name");
        Paragraph kind = new Paragraph(getTranslation("clients.kind." + client.kind().name()));
        kind.addClassName("klien-muted");
        Div card = new Div(name, kind);
        card.addClassName("klien-card");
        removeAll();
        add(card);
    }

    private static java.util.Optional<UUID> uuid(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

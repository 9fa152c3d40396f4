package io.klien.ui.clients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** The firm's clients, paged from the database. */
@Route(value = "clients", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final Clients clients;
    private final Grid<ClientView> grid = new Grid<>();

    public ClientsView(Clients clients) {
        this.clients = clients;
        addClassName("klien-page");
        setSizeFull();
        Button add = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(), click -> openNewClient());
        add.setId("clients-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("clients-grid");
        grid.addColumn(ClientView::name).setHeader(getTranslation("clients.name")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("clients.kind." + c.kind().name())).setHeader(getTranslation("clients.kind")).setAutoWidth(true);
        grid.setItems(query -> clients.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class,
                new RouteParameters(ClientDetailView.PARAMETER, click.getItem().id().toString()))));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("clients.empty"));
        add(add, grid);
    }

    private void openNewClient() {
        Dialog dialog = new Dialog(getTranslation("clients.new"));
        TextField name = new TextField(getTranslation("clients.name"));
        name.setId("client-name");
        name.setRequired(true);
        name.setMaxLength(200);
        Select<ClientKind> kind = new Select<>();
        kind.setLabel(getTranslation("clients.kind"));
        kind.setItems(ClientKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("clients.kind." + k.name()));
        kind.setValue(ClientKind.ORGANIZATION);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                ClientView created = clients.create(name.getValue(), kind.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("clients.created", created.name()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException e) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        save.setId("client-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(new FormLayout(name, kind));
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }
}

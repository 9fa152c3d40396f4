package io.klien.ui.contracts;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.ui.FirmFormats;

/** A client's contracts on the client page, newest first, and the way to draft a new one. */
public class ClientContractsTab extends Div {

    public ClientContractsTab(UUID clientId, Contracts contracts) {
        FirmFormats formats = FirmFormats.current();
        setId("client-contracts");
        Button create = new Button(getTranslation("contracts.new"), VaadinIcon.PLUS.create(), click ->
                getUI().ifPresent(ui -> ui.navigate("clients/" + clientId + "/new-contract")));
        create.setId("client-contracts-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Grid<ContractView> grid = new Grid<>();
        grid.setId("client-contracts-grid");
        grid.addComponentColumn(c -> new RouterLink(c.title(), ContractPage.class,
                new RouteParameters(ContractPage.PARAMETER, c.id().toString())))
                .setHeader(getTranslation("contracts.title")).setFlexGrow(2);
        grid.addComponentColumn(c -> ContractsView.badge(c.status(), getTranslation("contracts.status." + c.status().name())))
                .setHeader(getTranslation("contracts.status")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("contracts.revision", c.revision()))
                .setHeader(getTranslation("contracts.revision.short")).setAutoWidth(true);
        grid.addColumn(c -> formats.date(c.terms().term().start()) + " – " + formats.date(c.terms().term().end()))
                .setHeader(getTranslation("contracts.terms.section.term")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("contracts.client.empty"));
        grid.setItems(contracts.ofClient(clientId));
        add(create, grid);
    }
}

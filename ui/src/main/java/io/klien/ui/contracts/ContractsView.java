package io.klien.ui.contracts;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientView;
import io.klien.contracts.ContractFilter;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractSummary;
import io.klien.contracts.Contracts;
import io.klien.ui.FirmFormats;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The firm's contracts, paged lazily from the database (no count per page; the total is counted once per filter
 * change), narrowed by status, client, words of the title or the client's name, and contracts in force ending soon.
 */
@Menu(title = "nav.contracts", order = 50, icon = "vaadin:file-text-o")
@Route(value = "contracts", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ContractsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The windows the "ending within" filter offers, in days. */
    static final List<Integer> ENDING_WINDOWS = List.of(30, 60, 90, 180);

    private final Contracts contracts;
    private final Grid<ContractSummary> grid = new Grid<>();
    private final Select<ContractStatus> status = new Select<>();
    private final ComboBox<ClientView> client = new ComboBox<>();
    private final TextField text = new TextField();
    private final Select<Integer> ending = new Select<>();
    private final Span total = new Span();

    public ContractsView(Contracts contracts, ClientSearch clientSearch, FirmFormats formats) {
        this.contracts = contracts;
        addClassName("klien-page");
        setSizeFull();
        text.setId("contracts-filter-text");
        text.setPlaceholder(getTranslation("contracts.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        status.setId("contracts-filter-status");
        status.setItems(ContractStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("contracts.filter.any-status")
                : getTranslation("contracts.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("contracts.filter.any-status"));
        ending.setId("contracts-filter-ending");
        ending.setItems(ENDING_WINDOWS);
        ending.setItemLabelGenerator(days -> days == null ? getTranslation("contracts.filter.any-end")
                : getTranslation("contracts.filter.ending-within", days));
        ending.setEmptySelectionAllowed(true);
        ending.setEmptySelectionCaption(getTranslation("contracts.filter.any-end"));
        client.setId("contracts-filter-client");
        client.setPlaceholder(getTranslation("contracts.filter.client"));
        client.setClearButtonVisible(true);
        client.setItemLabelGenerator(ClientView::name);
        client.setItems(query -> clientSearch.search(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        total.setId("contracts-total");
        total.addClassName("klien-muted");
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        ending.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(text, status, client, ending);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);

        grid.setId("contracts-grid");
        grid.addComponentColumn(c -> new RouterLink(c.title(), ContractPage.class,
                        new RouteParameters(ContractPage.PARAMETER, c.id().toString())))
                .setHeader(getTranslation("contracts.title")).setFlexGrow(2).setSortProperty("title").setKey("title");
        grid.addColumn(ContractSummary::clientName).setHeader(getTranslation("contracts.client")).setFlexGrow(1)
                .setKey("client");
        grid.addComponentColumn(c -> badge(c.status(), getTranslation("contracts.status." + c.status().name())))
                .setHeader(getTranslation("contracts.status")).setAutoWidth(true).setSortProperty("status")
                .setKey("status");
        grid.addColumn(this::signatures).setHeader(getTranslation("contracts.list.signatures")).setAutoWidth(true)
                .setKey("signatures");
        grid.addColumn(ContractSummary::revision).setHeader(getTranslation("contracts.revision.short"))
                .setAutoWidth(true).setKey("revision");
        grid.addColumn(c -> c.endsOn() == null ? "" : formats.date(c.endsOn()))
                .setHeader(getTranslation("contracts.list.ends-on")).setAutoWidth(true).setSortProperty("endsOn")
                .setKey("endsOn");
        grid.addColumn(c -> formats.date(c.expiresOn())).setHeader(getTranslation("contracts.expires-on"))
                .setAutoWidth(true).setSortProperty("expiresOn").setKey("expiresOn");
        grid.addColumn(c -> formats.date(c.createdAt())).setHeader(getTranslation("contracts.created"))
                .setAutoWidth(true).setSortProperty("createdAt").setKey("createdAt");
        grid.setItems(query -> contracts.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ContractPage.class,
                new RouteParameters(ContractPage.PARAMETER, click.getItem().id().toString()))));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("contracts.empty"));
        add(bar, total, grid);
        updateTotal();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> wanted = parameters.getOrDefault("status", List.of());
        wanted.stream().findFirst().flatMap(s -> java.util.Arrays.stream(ContractStatus.values())
                .filter(v -> v.name().equals(s)).findFirst()).ifPresent(status::setValue);
        // ?ending=60: contracts in force ending within 60 days, e.g. from the dashboard's count
        parameters.getOrDefault("ending", List.of()).stream().findFirst()
                .flatMap(days -> ENDING_WINDOWS.stream().filter(w -> w.toString().equals(days)).findFirst())
                .ifPresent(ending::setValue);
    }

    /** "2 of 3 signed", and who is awaited while the contract is out for signature. */
    private String signatures(ContractSummary c) {
        if (c.signatories() == 0) {
            return "";
        }
        String signed = getTranslation("contracts.list.signed", c.signed(), c.signatories());
        return c.waitingFor() == null ? signed
                : signed + " · " + getTranslation("contracts.list.waiting-for", c.waitingFor());
    }

    /** A status as a small badge, coloured by how far the contract has come. */
    static Span badge(ContractStatus status, String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case SIGNED, ACTIVE -> badge.getElement().getThemeList().add("success");
            case VOIDED, TERMINATED, EXPIRED -> badge.getElement().getThemeList().add("contrast");
            case AWAITING_APPROVAL, EXPIRING -> badge.getElement().getThemeList().add("warning");
            default -> { }
        }
        return badge;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("contracts.total", contracts.count(filter())));
    }

    private ContractFilter filter() {
        return new ContractFilter(status.getValue(), client.getValue() == null ? null : client.getValue().id(),
                text.getValue() == null || text.getValue().isBlank() ? null : text.getValue(), ending.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contracts.list.title");
    }
}

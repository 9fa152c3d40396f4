package io.klien.ui.clients;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.klien.clients.ClientExport;
import io.klien.clients.ClientFilter;
import io.klien.clients.ClientImport;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientSummary;
import io.klien.tenancy.Memberships;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.leads.People;
import io.klien.clients.ClientProfile;
import io.klien.clients.ContactDetails;
import io.klien.clients.NewClient;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import io.klien.clients.Clients;
import io.klien.clients.ClientSearch;
import io.klien.shared.DomainException;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** The firm's clients, paged from the database. */
@Menu(title = "nav.clients", order = 30, icon = "vaadin:users")
@Route(value = "clients", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final Clients clients;
    private final ClientSearch clientSearch;
    private final Grid<ClientSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<ClientStatus> status = new Select<>();
    private final Checkbox withoutRepresentative = new Checkbox();
    private final ComboBox<String> tag = new ComboBox<>();
    private final Span total = new Span();

    private volatile ClientFilter currentFilter = ClientFilter.all();

    public ClientsView(Clients clients, ClientSearch clientSearch, Memberships memberships, ClientImport importer,
            ClientExport exporter, FirmFormats formats) {
        this.clients = clients;
        this.clientSearch = clientSearch;
        People people = People.of(memberships);
        addClassName("klien-page");
        setSizeFull();
        Button add = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(), click -> openNewClient());
        add.setId("clients-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        text.setId("clients-filter-text");
        text.setPlaceholder(getTranslation("clients.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        status.setId("clients-filter-status");
        status.setPlaceholder(getTranslation("clients.filter.any-status"));
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("clients.filter.any-status") : getTranslation("clients.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("clients.filter.any-status"));
        withoutRepresentative.setLabel(getTranslation("clients.filter.without-representative"));
        withoutRepresentative.setId("clients-filter-unrepresented");
        tag.setId("clients-filter-tag");
        tag.setPlaceholder(getTranslation("clients.filter.tag"));
        tag.setClearButtonVisible(true);
        tag.setItems(query -> clientSearch.tags(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        total.setId("clients-total");
        total.addClassName("klien-muted");
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        withoutRepresentative.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        Button importButton = new Button(getTranslation("clients.import.title"), VaadinIcon.UPLOAD.create(),
                click -> new ImportClientsDialog(importer, this::refresh).open());
        importButton.setId("clients-import");
        DownloadHandler csv = event -> {
            event.setFileName("clients.csv");
            event.setContentType("text/csv; charset=UTF-8");
            exporter.exportCsv(currentFilter, event.getOutputStream());
        };
        Anchor export = new Anchor(csv, AttachmentType.DOWNLOAD, getTranslation("clients.export"));
        export.setId("clients-export");
        HorizontalLayout bar = new HorizontalLayout(add, text, status, tag, withoutRepresentative, importButton, export);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);

        grid.setId("clients-grid");
        grid.addColumn(ClientSummary::name).setHeader(getTranslation("clients.name")).setFlexGrow(1)
                .setSortProperty("name").setKey("name");
        grid.addColumn(c -> getTranslation("clients.status." + c.status().name())).setHeader(getTranslation("members.status"))
                .setAutoWidth(true).setSortProperty("status").setKey("status");
        grid.addColumn(c -> formats.date(c.relationshipStart()))
                .setHeader(getTranslation("clients.relationship-start")).setAutoWidth(true)
                .setSortProperty("relationshipStart").setKey("relationshipStart");
        grid.addColumn(c -> people.name(c.representativeSubject())).setHeader(getTranslation("clients.representative")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.tags())).setHeader(getTranslation("clients.tags")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("clients.kind." + c.kind().name())).setHeader(getTranslation("clients.kind")).setAutoWidth(true);
        grid.setItems(query -> clientSearch.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class,
                new RouteParameters(ClientDetailView.PARAMETER, click.getItem().id().toString()))));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("clients.empty"));
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        add(bar, total, grid);
        updateTotal();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        long count = clientSearch.count(filter());
        total.setText(getTranslation("clients.total", count));
    }

    private ClientFilter filter() {
        currentFilter = new ClientFilter(status.getValue(), null, withoutRepresentative.getValue(),
                text.getValue() == null || text.getValue().isBlank() ? null : text.getValue(), tag.getValue());
        return currentFilter;
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
        TextField contactName = new TextField(getTranslation("clients.primary-contact"));
        contactName.setId("client-contact-name");
        EmailField contactEmail = new EmailField(getTranslation("members.email"));
        contactEmail.setId("client-contact-email");
        Paragraph duplicates = new Paragraph();
        duplicates.setId("client-duplicates");
        duplicates.addClassName("klien-warning-text");
        duplicates.setVisible(false);
        boolean[] confirmed = {false};
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                ContactDetails contact = contactName.isEmpty() && contactEmail.isEmpty() ? null
                        : new ContactDetails(contactName.getValue().isBlank() ? name.getValue() : contactName.getValue(),
                                contactEmail.getValue().isBlank() ? null : contactEmail.getValue(), null, null);
                ClientProfile created = clients.create(new NewClient(name.getValue(), kind.getValue(), contact, null, confirmed[0]));
                dialog.close();
                refresh();
                Notices.success(getTranslation("clients.created", created.name()));
            } catch (DuplicateWarning warning) {
                confirmed[0] = true;
                duplicates.removeAll();
                duplicates.setText(getTranslation("clients.duplicates", String.join(", ",
                        warning.candidates().stream().map(DuplicateCandidate::name).distinct().toList())));
                warning.candidates().stream().filter(c -> c.clientId() != null).map(DuplicateCandidate::clientId)
                        .distinct().limit(3).forEach(id -> {
                            Anchor open = new Anchor("clients/" + id, getTranslation("clients.duplicates.open"));
                            open.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                            duplicates.add(open);
                        });
                duplicates.setVisible(true);
            } catch (DomainException e) {
                TextField field = e.messageKey().contains("contact") ? contactName : name;
                if (e.messageKey().contains("email")) {
                    contactEmail.setInvalid(true);
                    contactEmail.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                } else {
                    field.setInvalid(true);
                    field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                }
            }
        });
        save.setId("client-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(new FormLayout(name, kind, contactName, contactEmail), duplicates);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }
}

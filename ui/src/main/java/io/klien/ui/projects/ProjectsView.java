package io.klien.ui.projects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.clients.ClientView;
import io.klien.projects.ProjectFilter;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectSummary;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.ui.FirmFormats;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The firm's projects, paged lazily from the database (the total counted once per filter change), narrowed by lead,
 * status, client and those past their end date; staff start a project by hand here.
 */
@Menu(title = "nav.projects", order = 60, icon = "vaadin:tasks")
@Route(value = "projects", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ProjectsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** A row of the list with the names its page looked up at once. */
    record Row(ProjectSummary project, String clientName, String leadName) {
    }

    private final ProjectServices services;
    private final FirmFormats formats;
    private final List<MembershipView> colleagues;
    private final Grid<Row> grid = new Grid<>();
    private final ComboBox<MembershipView> lead = new ComboBox<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final ComboBox<ClientView> client = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox overQuota = new Checkbox();
    private final Checkbox awaiting = new Checkbox();
    private final Span total = new Span();

    ProjectsView(ProjectServices services, FirmFormats formats) {
        this.services = services;
        this.formats = formats;
        this.colleagues = services.colleagues();
        addClassName("klien-page");
        setSizeFull();
        lead.setId("projects-filter-lead");
        lead.setPlaceholder(getTranslation("projects.ui.filter.lead"));
        lead.setClearButtonVisible(true);
        lead.setItems(colleagues);
        lead.setItemLabelGenerator(MembershipView::displayName);
        status.setId("projects-filter-status");
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("projects.ui.filter.any-status")
                : getTranslation("projects.ui.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("projects.ui.filter.any-status"));
        client.setId("projects-filter-client");
        client.setPlaceholder(getTranslation("projects.ui.filter.client"));
        client.setClearButtonVisible(true);
        client.setItemLabelGenerator(ClientView::name);
        client.setItems(query -> services.clientSearch().search(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        overdue.setId("projects-filter-overdue");
        overdue.setLabel(getTranslation("projects.ui.filter.overdue"));
        overQuota.setId("projects-filter-over-quota");
        overQuota.setLabel(getTranslation("projects.ui.filter.over-quota"));
        awaiting.setId("projects-filter-awaiting-client");
        awaiting.setLabel(getTranslation("projects.ui.filter.awaiting-client"));
        total.setId("projects-total");
        total.addClassName("klien-muted");
        lead.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        overQuota.addValueChangeListener(e -> refresh());
        awaiting.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("projects.ui.new"), VaadinIcon.PLUS.create(), click ->
                new NewProjectDialog(services.projects(), services.clientSearch(), null, colleagues,
                        services.defaultKind(), created -> open(created.id())).open());
        create.setId("projects-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(lead, status, client, overdue, overQuota, awaiting,
                create);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);

        grid.setId("projects-grid");
        grid.addComponentColumn(r -> link(r.project()))
                .setHeader(getTranslation("projects.ui.name")).setFlexGrow(2).setSortProperty("title").setKey("title");
        grid.addColumn(Row::clientName).setHeader(getTranslation("projects.ui.client")).setFlexGrow(1)
                .setKey("client");
        grid.addColumn(r -> getTranslation("projects.ui.kind." + r.project().kind().name()))
                .setHeader(getTranslation("projects.ui.kind")).setAutoWidth(true).setKey("kind");
        grid.addColumn(Row::leadName).setHeader(getTranslation("projects.ui.lead")).setAutoWidth(true).setKey("lead");
        grid.addComponentColumn(r -> ProjectBadges.status(this, r.project().status()))
                .setHeader(getTranslation("projects.ui.status")).setAutoWidth(true).setSortProperty("status")
                .setKey("status");
        grid.addColumn(r -> formats.date(r.project().endsOn())).setHeader(getTranslation("projects.ui.due"))
                .setAutoWidth(true).setSortProperty("endsOn").setKey("due");
        grid.addComponentColumn(this::progress).setHeader(getTranslation("projects.ui.progress")).setWidth("12em")
                .setFlexGrow(0).setKey("progress");
        grid.setItems(query -> rows(services.projects().list(filter(),
                VaadinSpringDataHelpers.toSpringPageRequest(query))).stream());
        grid.addItemClickListener(click -> open(click.getItem().project().id()));
        grid.setPartNameGenerator(r -> overdue(r.project()) ? "klien-overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("projects.ui.empty"));
        add(bar, total, grid);
        updateTotal();
    }

    /** The page's rows with their clients' and leads' names, looked up once for the page. */
    private List<Row> rows(List<ProjectSummary> page) {
        Map<UUID, String> clients = page.isEmpty() ? Map.of()
                : services.clients().names(page.stream().map(ProjectSummary::clientId).distinct().toList());
        Map<String, String> leads = services.names(page.stream().map(ProjectSummary::leadSubject).distinct().toList());
        List<Row> rows = new ArrayList<>(page.size());
        for (ProjectSummary p : page) {
            rows.add(new Row(p, clients.getOrDefault(p.clientId(), ""),
                    leads.getOrDefault(p.leadSubject(), getTranslation("people.former"))));
        }
        return rows;
    }

    private RouterLink link(ProjectSummary p) {
        RouterLink link = new RouterLink(p.title(), ProjectPage.class,
                new RouteParameters(ProjectPage.PARAMETER, p.id().toString()));
        link.setId("project-link-" + p.id());
        return link;
    }

    private Div progress(Row row) {
        ProjectSummary p = row.project();
        Span text = new Span(getTranslation("projects.ui.milestones-done", p.completedMilestones(), p.milestones()));
        text.addClassName("klien-muted");
        Div cell = new Div(ProjectBadges.progress(p.progressPercent()), text);
        cell.addClassName("klien-project-progress");
        return cell;
    }

    private boolean overdue(ProjectSummary p) {
        return p.endsOn() != null && p.status() != ProjectStatus.DONE && p.endsOn().isBefore(formats.today());
    }

    private void open(UUID projectId) {
        getUI().ifPresent(ui -> ui.navigate(ProjectPage.class,
                new RouteParameters(ProjectPage.PARAMETER, projectId.toString())));
    }

    /**
     * Opens narrowed by the address, e.g. from the dashboard: {@code ?status=AT_RISK}, {@code ?overdue=true},
     * {@code ?over-quota=true}, {@code ?awaiting=true} (a version awaits the client), {@code ?lead=me},
     * {@code ?client=<id>}.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        first(parameters, "status").flatMap(s -> Arrays.stream(ProjectStatus.values())
                .filter(v -> v.name().equals(s)).findFirst()).ifPresent(status::setValue);
        first(parameters, "overdue").filter("true"::equals).ifPresent(t -> overdue.setValue(true));
        first(parameters, "over-quota").filter("true"::equals).ifPresent(t -> overQuota.setValue(true));
        first(parameters, "awaiting").filter("true"::equals).ifPresent(t -> awaiting.setValue(true));
        first(parameters, "lead").map(s -> "me".equals(s) ? TenantContext.subject().orElse("") : s)
                .flatMap(s -> colleagues.stream().filter(m -> m.subject().equals(s)).findFirst())
                .ifPresent(lead::setValue);
        first(parameters, "client").flatMap(RecordNotFound::id)
                .flatMap(id -> services.clients().find(id))
                .ifPresent(client::setValue);
    }

    private static java.util.Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("projects.ui.total", services.projects().count(filter())));
    }

    private ProjectFilter filter() {
        return new ProjectFilter(lead.getValue() == null ? null : lead.getValue().subject(), status.getValue(),
                client.getValue() == null ? null : client.getValue().id(), overdue.getValue(), overQuota.getValue(),
                awaiting.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.ui.list-title");
    }
}

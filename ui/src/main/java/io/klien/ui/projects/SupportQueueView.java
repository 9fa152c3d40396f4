package io.klien.ui.projects;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.projects.SlaBreachCounts;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportQueueFilter;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportState;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.ui.FirmFormats;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * The support queue: the firm's requests, most urgent first then the soonest due, paged from the database, with the
 * time left on each service-level clock (late ones in red) and the firm's breach counts. A request opens in a dialog
 * to assign, reply and resolve.
 */
@Menu(title = "nav.support", order = 70, icon = "vaadin:lifebuoy")
@Route(value = "support", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class SupportQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** A row of the queue with the names its page looked up at once. */
    record Row(SupportRequestView request, String clientName, String assigneeName) {
    }

    private final ProjectServices services;
    private final Clock clock;
    private final List<MembershipView> colleagues;
    private final Grid<Row> grid = new Grid<>();
    private final Select<SupportState> state = new Select<>();
    private final Select<SupportPriority> priority = new Select<>();
    private final ComboBox<MembershipView> assignee = new ComboBox<>();
    private final Checkbox breached = new Checkbox();
    private final Span total = new Span();
    private final Span breaches = new Span();

    SupportQueueView(ProjectServices services, FirmFormats formats, Clock clock) {
        this.services = services;
        this.clock = clock;
        this.colleagues = services.colleagues();
        addClassName("klien-page");
        setSizeFull();
        state.setId("support-filter-state");
        state.setItems(SupportState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("projects.ui.support.any-state")
                : getTranslation("projects.ui.support-state." + s.name()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("projects.ui.support.any-state"));
        state.setValue(SupportState.OPEN);
        priority.setId("support-filter-priority");
        priority.setItems(SupportPriority.values());
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("projects.ui.support.any-priority")
                : getTranslation("projects.ui.priority." + p.name()));
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("projects.ui.support.any-priority"));
        assignee.setId("support-filter-assignee");
        assignee.setPlaceholder(getTranslation("projects.ui.support.assignee"));
        assignee.setClearButtonVisible(true);
        assignee.setItems(colleagues);
        assignee.setItemLabelGenerator(MembershipView::displayName);
        breached.setId("support-filter-breached");
        breached.setLabel(getTranslation("projects.ui.support.breached-only"));
        total.setId("support-total");
        total.addClassName("klien-muted");
        breaches.setId("support-breaches");
        breaches.addClassName("klien-muted");
        state.addValueChangeListener(e -> refresh());
        priority.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        breached.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(state, priority, assignee, breached);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);

        grid.setId("support-grid");
        grid.addClassName("klien-support-queue");
        grid.addColumn(r -> "#" + r.request().number()).setHeader(getTranslation("projects.ui.support.number"))
                .setAutoWidth(true).setFlexGrow(0).setKey("number");
        // client and category take the room left and keep enough of it to be read; the clocks stay short ("Answered")
        // so that every column fits a 1280 px window
        grid.addColumn(Row::clientName).setHeader(getTranslation("projects.ui.client")).setWidth("11rem")
                .setFlexGrow(2).setTooltipGenerator(Row::clientName).setKey("client");
        grid.addColumn(r -> r.request().category()).setHeader(getTranslation("projects.ui.support.category"))
                .setWidth("8rem").setFlexGrow(1).setTooltipGenerator(r -> r.request().category()).setKey("category");
        grid.addComponentColumn(r -> ProjectBadges.priority(this, r.request().priority()))
                .setHeader(getTranslation("projects.ui.support.priority")).setAutoWidth(true).setFlexGrow(0)
                .setKey("priority");
        grid.addComponentColumn(r -> ProjectBadges.supportState(this, r.request().state()))
                .setHeader(getTranslation("projects.ui.status")).setAutoWidth(true).setFlexGrow(0).setKey("state");
        grid.addColumn(r -> formats.dateTime(r.request().raisedAt()))
                .setHeader(getTranslation("projects.ui.support.raised")).setAutoWidth(true).setFlexGrow(0)
                .setKey("raised");
        grid.addColumn(Row::assigneeName).setHeader(getTranslation("projects.ui.support.assignee")).setAutoWidth(true)
                .setFlexGrow(0).setKey("assignee");
        grid.addComponentColumn(r -> SlaTimer.firstResponseCell(this, r.request(), clock.instant()))
                .setHeader(getTranslation("projects.ui.sla.first-response")).setAutoWidth(true).setFlexGrow(0)
                .setKey("firstResponse");
        grid.addComponentColumn(r -> SlaTimer.resolutionCell(this, r.request(), clock.instant()))
                .setHeader(getTranslation("projects.ui.sla.resolution")).setAutoWidth(true).setFlexGrow(0)
                .setKey("resolution");
        grid.setItems(query -> rows(services.support().queue(filter(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent()).stream());
        grid.setPartNameGenerator(r -> SlaTimer.breached(r.request(), clock.instant()) ? "klien-overdue" : null);
        grid.addItemClickListener(click -> open(click.getItem().request()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("projects.ui.support.empty"));
        add(bar, new HorizontalLayout(total, breaches), grid);
        updateTotals();
    }

    /** Opens a request to assign, reply and resolve; what changed there shows in the queue. */
    void open(SupportRequestView request) {
        new SupportRequestDialog(services, request, clock, this::refresh).open();
    }

    private List<Row> rows(List<SupportRequestView> page) {
        Map<UUID, String> clients = page.isEmpty() ? Map.of()
                : services.clients().names(page.stream().map(SupportRequestView::clientId).distinct().toList());
        Map<String, String> people = services.names(page.stream().map(SupportRequestView::assignee)
                .filter(Objects::nonNull).distinct().toList());
        List<Row> rows = new ArrayList<>(page.size());
        for (SupportRequestView r : page) {
            rows.add(new Row(r, clients.getOrDefault(r.clientId(), ""), r.assignee() == null
                    ? getTranslation("projects.ui.task.unassigned")
                    : people.getOrDefault(r.assignee(), getTranslation("people.former"))));
        }
        return rows;
    }

    /** Opens narrowed by the address, e.g. from the dashboard: {@code ?breached=true}, {@code ?assignee=me}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault("breached", List.of()).stream().findFirst().filter("true"::equals)
                .ifPresent(t -> breached.setValue(true));
        parameters.getOrDefault("state", List.of()).stream().findFirst().ifPresent(s -> state.setValue(
                Arrays.stream(SupportState.values()).filter(v -> v.name().equals(s)).findFirst().orElse(null)));
        parameters.getOrDefault("assignee", List.of()).stream().findFirst()
                .map(s -> "me".equals(s) ? TenantContext.subject().orElse("") : s)
                .flatMap(s -> colleagues.stream().filter(m -> m.subject().equals(s)).findFirst())
                .ifPresent(assignee::setValue);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        // the automatic widths were measured on the rows shown before
        grid.recalculateColumnWidths();
        updateTotals();
    }

    private void updateTotals() {
        total.setText(getTranslation("projects.ui.support.total",
                services.support().queue(filter(), PageRequest.of(0, 1)).getTotalElements()));
        SlaBreachCounts counts = services.support().breachCounts();
        breaches.setText(getTranslation("projects.ui.support.breach-counts", counts.openBreached(),
                counts.firstResponse(), counts.resolution()));
    }

    private SupportQueueFilter filter() {
        return new SupportQueueFilter(state.getValue() == null ? Set.of() : Set.of(state.getValue()),
                priority.getValue(), assignee.getValue() == null ? null : assignee.getValue().subject(),
                breached.getValue() ? Boolean.TRUE : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.ui.support.title");
    }
}

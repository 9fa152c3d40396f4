package io.klien.ui.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.projects.ProjectView;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One project: a header with its client, kind, dates, progress and status (the lead changes it with a reason), and a
 * tab for each part of the work. A tab is built when first opened; a change that touches the project (a task done,
 * a milestone completed, the team) redraws the page from the database on the same tab. {@code ?tab=deliverables}
 * opens on a tab.
 */
@Route(value = "projects/:" + ProjectPage.PARAMETER, layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ProjectPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "projectId";

    /** The tabs in order, by the key of their title and id. */
    static final List<String> TABS = List.of("overview", "tasks", "updates", "deliverables", "usage", "discussion",
            "team");

    private final ProjectServices services;
    private final FirmFormats formats;
    private @Nullable ProjectView project;
    private final Map<Tab, Runnable> builders = new LinkedHashMap<>();
    private int selected;

    ProjectPage(ProjectServices services, FirmFormats formats) {
        this.services = services;
        this.formats = formats;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = RecordNotFound.load(event, PARAMETER, services.projects()::get).orElse(null);
        if (project == null) {
            return;
        }
        selected = event.getLocation().getQueryParameters().getParameters().getOrDefault("tab", List.of()).stream()
                .findFirst().map(TABS::indexOf).filter(i -> i >= 0).orElse(0);
        render();
    }

    /** The project as the page shows it. */
    ProjectView project() {
        if (project == null) {
            throw new IllegalStateException("No project loaded");
        }
        return project;
    }

    /** Something in a tab changed the project: reload it and redraw the page on the same tab. */
    void changed() {
        project = services.projects().get(project().id());
        render();
    }

    private void render() {
        ProjectView p = project();
        removeAll();
        builders.clear();
        TabSheet tabs = new TabSheet();
        tabs.setId("project-tabs");
        tabs.setWidthFull();
        tab(tabs, "overview", () -> new ProjectOverviewPanel(services, p, this::changed));
        tab(tabs, "tasks", () -> new ProjectTasksPanel(services, p, this::changed));
        tab(tabs, "updates", () -> new ProjectUpdatesPanel(services, p));
        tab(tabs, "deliverables", () -> new ProjectDeliverablesPanel(services, p));
        tab(tabs, "usage", () -> new ProjectUsagePanel(services, p));
        tab(tabs, "discussion", () -> new ProjectDiscussionPanel(services, p));
        tab(tabs, "team", () -> new ProjectTeamPanel(services, p, this::changed));
        tabs.setSelectedIndex(selected);
        builders.get(tabs.getSelectedTab()).run();
        tabs.addSelectedChangeListener(change -> {
            selected = tabs.getSelectedIndex();
            builders.get(change.getSelectedTab()).run();
        });
        add(header(p), tabs);
    }

    private void tab(TabSheet tabs, String key, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = tabs.add(getTranslation("projects.ui.tab." + key), holder);
        tab.setId("project-tab-" + key);
        builders.put(tab, () -> {
            if (holder.getComponentCount() == 0) {
                holder.add(content.get());
            }
        });
    }

    private Div header(ProjectView p) {
        H2 title = new H2(p.title());
        title.setId("project-title");
        Anchor client = new Anchor("clients/" + p.clientId(),
                services.clients().names(List.of(p.clientId())).getOrDefault(p.clientId(), ""));
        client.setId("project-client");
        Span kind = new Span(getTranslation("projects.ui.kind." + p.kind().name()));
        kind.setId("project-kind");
        kind.addClassName("klien-muted");
        Span dates = new Span(p.endsOn() == null ? getTranslation("projects.ui.dates.open", formats.date(p.startsOn()))
                : getTranslation("projects.ui.dates", formats.date(p.startsOn()), formats.date(p.endsOn())));
        dates.setId("project-dates");
        dates.addClassName("klien-muted");
        Span status = ProjectBadges.status(this, p.status());
        status.setId("project-status");
        Span lead = new Span(getTranslation("projects.ui.led-by", services.names(List.of(p.leadSubject()))
                .getOrDefault(p.leadSubject(), getTranslation("people.former"))));
        lead.setId("project-lead");
        HorizontalLayout facts = new HorizontalLayout(client, kind, dates, lead, status);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        facts.setWrap(true);
        if (p.contractId() != null) {
            Anchor contract = new Anchor("contracts/" + p.contractId(), getTranslation("projects.ui.contract"));
            contract.setId("project-contract");
            facts.add(contract);
        }
        Div progress = new Div(ProjectBadges.progress(p.progressPercent()),
                new Span(getTranslation("projects.ui.progress-percent", p.progressPercent())));
        progress.setId("project-progress");
        progress.addClassName("klien-project-progress");
        Div header = new Div(title, facts, progress);
        header.addClassName("klien-card");
        if (p.statusReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("projects.ui.status-reason", p.statusReason()));
            reason.setId("project-status-reason");
            reason.addClassName("klien-warning-text");
            header.add(reason);
        }
        if (mayLead(p)) {
            Button change = new Button(getTranslation("projects.ui.change-status"), VaadinIcon.FLAG_O.create(),
                    click -> new ProjectStatusDialog(services.projects(), p, changedTo -> changed()).open());
            change.setId("project-status-change");
            header.add(change);
        }
        return header;
    }

    /** The lead sets the status; so may a tenant admin (the service checks it again). */
    static boolean mayLead(ProjectView p) {
        return TenantContext.current().filter(scope -> scope.hasRole(FirmRole.TENANT_ADMIN)
                || p.leadSubject().equals(scope.subject())).isPresent();
    }

    @Override
    public String getPageTitle() {
        return project == null ? "" : project.title();
    }
}

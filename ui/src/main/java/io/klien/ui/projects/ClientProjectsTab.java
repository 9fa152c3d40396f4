package io.klien.ui.projects;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.klien.projects.ProjectSummary;
import io.klien.ui.FirmFormats;

/** A client's projects on the client page, newest first, and the way to start one by hand. */
public class ClientProjectsTab extends Div {

    public ClientProjectsTab(UUID clientId) {
        ProjectServices services = ProjectServices.current();
        FirmFormats formats = FirmFormats.current();
        setId("client-projects");
        Grid<ProjectSummary> grid = new Grid<>();
        Button create = new Button(getTranslation("projects.ui.new"), VaadinIcon.PLUS.create(), click ->
                services.clients().find(clientId).ifPresent(client -> new NewProjectDialog(services.projects(),
                        services.clientSearch(), client, services.colleagues(), services.defaultKind(),
                        project -> getUI().ifPresent(ui -> ui.navigate(ProjectPage.class,
                                new RouteParameters(ProjectPage.PARAMETER, project.id().toString())))).open()));
        create.setId("client-projects-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<ProjectSummary> projects = services.projects().ofClient(clientId);
        Map<String, String> leads = services.names(projects.stream().map(ProjectSummary::leadSubject).distinct()
                .toList());
        grid.setId("client-projects-grid");
        grid.addComponentColumn(p -> new RouterLink(p.title(), ProjectPage.class,
                new RouteParameters(ProjectPage.PARAMETER, p.id().toString())))
                .setHeader(getTranslation("projects.ui.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("projects.ui.kind." + p.kind().name()))
                .setHeader(getTranslation("projects.ui.kind")).setAutoWidth(true);
        grid.addColumn(p -> leads.getOrDefault(p.leadSubject(), getTranslation("people.former")))
                .setHeader(getTranslation("projects.ui.lead")).setAutoWidth(true);
        grid.addComponentColumn(p -> ProjectBadges.status(this, p.status()))
                .setHeader(getTranslation("projects.ui.status")).setAutoWidth(true);
        grid.addColumn(p -> formats.date(p.endsOn())).setHeader(getTranslation("projects.ui.due")).setAutoWidth(true);
        grid.addComponentColumn(p -> ProjectBadges.progress(p.progressPercent()))
                .setHeader(getTranslation("projects.ui.progress")).setWidth("10em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("projects.ui.client.empty"));
        grid.setItems(projects);
        add(create, grid);
    }
}

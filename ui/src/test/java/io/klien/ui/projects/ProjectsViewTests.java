package io.klien.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.projects.NewProject;
import io.klien.projects.ProjectFilter;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectSummary;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.FirmFormats;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * The staff projects list pages from the database and narrows by client, status, lead and overdue; a project made by
 * hand in its dialog opens on its page; client users reach none of the staff project pages.
 */
@SpringBootTest
class ProjectsViewTests extends DemoFirmBrowserlessTest {

    @Autowired Projects projects;
    @Autowired io.klien.projects.Deliverables deliverables;
    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired FirmFormats formats;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theListShowsACreatedProjectAndNarrowsItByClientOverdueStatusAndLead() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String clientName = unique("PT Listed");
        UUID clientId = clients.create(clientName, ClientKind.ORGANIZATION).id();
        LocalDate today = formats.today();
        ProjectView late = projects.create(new NewProject(clientId, ProjectKind.MATTER, unique("Tax dispute"),
                today.minusDays(60), today.minusDays(1), null));
        projects.create(new NewProject(clientId, ProjectKind.MATTER, unique("Trademark filing"), today, null,
                DemoUser.TENANT_ADMIN.subject()));

        navigate(ProjectsView.class);
        ClientView client = clientSearch.search(clientName, PageRequest.of(0, 1)).getContent().getFirst();
        $(ComboBox.class).id("projects-filter-client").setValue(client);
        Grid<?> grid = $(Grid.class).id("projects-grid");

        assertThat(test(grid).size()).isEqualTo(2);
        assertThat($(Span.class).id("projects-total").getText()).isEqualTo("2 projects");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(clientName);

        test($(Checkbox.class).id("projects-filter-overdue")).click();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(((ProjectsView.Row) test(grid).getRow(0)).project().id()).isEqualTo(late.id());
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Matter");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Rudi Santoso");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo(formats.date(today.minusDays(1)));
        assertThat(((Span) test(grid).getCellComponent(0, "status")).getText()).isEqualTo("On track");

        $(Select.class).id("projects-filter-status").setValue(ProjectStatus.AT_RISK);
        assertThat(test(grid).size()).isZero();
        assertThat($(Span.class).id("projects-total").getText()).isEqualTo("0 projects");

        $(Select.class).id("projects-filter-status").setValue(null);
        test($(Checkbox.class).id("projects-filter-overdue")).click();
        test($(ComboBox.class).id("projects-filter-lead")).selectItem("Lena Hartono");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(((ProjectsView.Row) test(grid).getRow(0)).leadName()).isEqualTo("Lena Hartono");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theListOpensNarrowedByTheAddressAsTheDashboardLinksIt() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID clientId = clients.create(unique("PT Risky"), ClientKind.ORGANIZATION).id();
        ProjectView project = projects.create(new NewProject(clientId, ProjectKind.MATTER, unique("Merger"),
                formats.today(), null, null));
        projects.changeStatus(project.id(), project.version(), ProjectStatus.AT_RISK, "The regulator asks for more");

        UI.getCurrent().navigate(ProjectsView.class, QueryParameters.simple(Map.of("status", "AT_RISK",
                "client", clientId.toString())));

        assertThat($(Select.class).id("projects-filter-status").getValue()).isEqualTo(ProjectStatus.AT_RISK);
        Grid<?> grid = $(Grid.class).id("projects-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(projects.count(new ProjectFilter(null, ProjectStatus.AT_RISK, clientId, false))).isEqualTo(1);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theDashboardCountsProjectsAwaitingTheClientAndTheirLinkListsThem() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID clientId = clients.create(unique("PT Menunggu"), ClientKind.ORGANIZATION).id();
        ProjectView waiting = projects.create(new NewProject(clientId, ProjectKind.PROJECT, unique("Brochure"),
                formats.today(), null, null));
        projects.create(new NewProject(clientId, ProjectKind.PROJECT, unique("Nothing sent"), formats.today(), null,
                null));
        io.klien.projects.DeliverableView flyer = deliverables.add(waiting.id(),
                new io.klien.projects.NewDeliverable("Flyer", null, null));
        deliverables.submitLink(flyer.id(), "https://drive.example/flyer", null);

        navigate(io.klien.ui.home.HomeView.class);
        assertThat($(Span.class).id("dashboard-projects-awaiting-client").getText()).isEqualTo(String.valueOf(
                projects.count(new ProjectFilter(null, null, null, false, false, true))));

        UI.getCurrent().navigate(ProjectsView.class, QueryParameters.simple(Map.of("awaiting", "true",
                "client", clientId.toString())));
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).id("projects-filter-awaiting-client")
                .getValue()).isTrue();
        Grid<?> grid = $(Grid.class).id("projects-grid");
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theNewProjectDialogRefusesAnEndBeforeTheStartAtTheEndThenCreatesTheProjectAndOpensIt() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String clientName = unique("PT Baru");
        UUID clientId = clients.create(clientName, ClientKind.ORGANIZATION).id();
        navigate(ProjectsView.class);

        test($(Button.class).id("projects-new")).click();
        $(ComboBox.class).id("project-new-client")
                .setValue(clientSearch.search(clientName, PageRequest.of(0, 1)).getContent().getFirst());
        String title = unique("Due diligence");
        test($(TextField.class).id("project-new-title")).setValue(title);
        DatePicker ends = $(DatePicker.class).id("project-new-ends");
        ends.setValue(formats.today().minusDays(3));
        test($(Button.class).id("project-new-create")).click();

        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).isEqualTo("The end cannot be before the start.");
        assertThat(projects.ofClient(clientId)).as("nothing saved").isEmpty();

        ends.setValue(formats.today().plusMonths(3));
        test($(Button.class).id("project-new-create")).click();

        List<ProjectSummary> made = projects.ofClient(clientId);
        assertThat(made).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo(title);
            assertThat(p.kind()).as("a law firm runs matters").isEqualTo(ProjectKind.MATTER);
            assertThat(p.leadSubject()).isEqualTo(DemoUser.STAFF.subject());
        });
        assertThat(getCurrentView()).isInstanceOf(ProjectPage.class);
        assertThat($(H2.class).id("project-title").getText()).isEqualTo(title);
    }

    @Test
    @SignedInAs(DemoUser.CLIENT)
    void aClientUserCannotOpenTheStaffProjectPagesOrTheSupportQueue() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("projects", AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
        navigate("projects/" + UUID.randomUUID(), AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
        navigate("support", AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
    }
}

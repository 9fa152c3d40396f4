package io.klien.ui.projects;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import io.klien.projects.ProjectMemberView;
import io.klien.projects.ProjectRole;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectView;
import io.klien.shared.DomainException;
import io.klien.tenancy.MembershipView;
import io.klien.ui.Notices;

/**
 * The project's team: its lead and members. The lead (or a tenant admin) adds colleagues, makes one of them lead (the
 * old lead stays a member) and takes members off; the lead is handed over, never removed.
 */
class ProjectTeamPanel extends Div {

    private final ProjectServices services;
    private final ProjectView project;
    private final Runnable changed;
    private final List<MembershipView> colleagues;

    ProjectTeamPanel(ProjectServices services, ProjectView project, Runnable changed) {
        this.services = services;
        this.project = project;
        this.changed = changed;
        this.colleagues = services.colleagues();
        setId("project-team");
        addClassName("klien-project-panel");
        boolean mayChange = ProjectPage.mayLead(project) && project.status() != ProjectStatus.DONE;
        Map<String, String> names = services.names(project.team().stream().map(ProjectMemberView::subject).toList());
        if (mayChange) {
            Button add = new Button(getTranslation("projects.ui.team.add"), VaadinIcon.PLUS.create(),
                    click -> addMember());
            add.setId("project-team-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        Grid<ProjectMemberView> grid = new Grid<>();
        grid.setId("project-team-grid");
        grid.addColumn(m -> names.getOrDefault(m.subject(), getTranslation("people.former")))
                .setHeader(getTranslation("projects.ui.team.person")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Span role = new Span(getTranslation("projects.ui.role." + m.role().name()));
            role.getElement().setAttribute("theme", m.role() == ProjectRole.LEAD ? "badge success" : "badge");
            return role;
        }).setHeader(getTranslation("projects.ui.team.role")).setAutoWidth(true);
        if (mayChange) {
            grid.addComponentColumn(m -> {
                Div cell = new Div();
                if (m.role() != ProjectRole.LEAD) {
                    Button remove = new Button(getTranslation("projects.ui.team.remove"), click -> act(
                            () -> services.projects().removeMember(project.id(), m.subject()),
                            getTranslation("projects.ui.team.removed", names.getOrDefault(m.subject(), ""))));
                    remove.setId("project-team-remove-" + m.subject());
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR,
                            ButtonVariant.LUMO_SMALL);
                    cell.add(remove);
                }
                return cell;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setItems(project.team());
        add(grid);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.success(done);
            changed.run();
        } catch (DomainException e) {
            Refusals.show(e, "project-team-refused");
        }
    }

    private void addMember() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.team.add"));
        ComboBox<MembershipView> person = new ComboBox<>(getTranslation("projects.ui.team.person"));
        person.setId("project-team-person");
        person.setItems(colleagues);
        person.setItemLabelGenerator(MembershipView::displayName);
        person.setWidthFull();
        Select<ProjectRole> role = new Select<>();
        role.setId("project-team-role");
        role.setLabel(getTranslation("projects.ui.team.role"));
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(r -> getTranslation("projects.ui.role." + r.name()));
        role.setValue(ProjectRole.MEMBER);
        Button save = new Button(getTranslation("projects.ui.team.add"), click -> {
            if (person.getValue() == null) {
                person.setErrorMessage(getTranslation("projects.team.not-a-colleague"));
                person.setInvalid(true);
                return;
            }
            try {
                services.projects().putMember(project.id(), person.getValue().subject(), role.getValue());
                dialog.close();
                Notices.success(getTranslation("projects.ui.team.added", person.getValue().displayName(),
                        getTranslation("projects.ui.role." + role.getValue().name())));
                changed.run();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("subject", person, "role", role), "project-team-refused");
            }
        });
        save.setId("project-team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(person, role);
        dialog.setWidth("28rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}

package io.klien.ui.projects;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;

/**
 * The lead sets the project's status with a reason (required for at risk, off track and on hold), on the version the
 * page shows: if someone changed the project meanwhile, nothing is saved and the page shows their version.
 */
class ProjectStatusDialog extends Dialog {

    ProjectStatusDialog(Projects projects, ProjectView project, Consumer<ProjectView> changed) {
        setHeaderTitle(getTranslation("projects.ui.change-status"));
        Select<ProjectStatus> status = new Select<>();
        status.setId("project-status-select");
        status.setLabel(getTranslation("projects.ui.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projects.ui.status." + s.name()));
        status.setValue(project.status());
        TextArea reason = new TextArea(getTranslation("projects.ui.reason"));
        reason.setId("project-status-reason-input");
        reason.setWidthFull();
        reason.setValue(project.statusReason() == null ? "" : project.statusReason());
        reason.setHelperText(getTranslation("projects.ui.reason.help"));
        Button confirm = new Button(getTranslation("projects.ui.change-status"), click -> {
            try {
                ProjectView saved = projects.changeStatus(project.id(), project.version(), status.getValue(),
                        reason.getValue().isBlank() ? null : reason.getValue());
                close();
                Notices.success(getTranslation("projects.ui.status-changed",
                        getTranslation("projects.ui.status." + saved.status().name())));
                changed.accept(saved);
            } catch (DomainException e) {
                if ("projects.stale".equals(e.messageKey())) {
                    close();
                    Notices.withId(Notices.refused(e), "project-status-refused");
                    changed.accept(projects.get(project.id()));
                    return;
                }
                Refusals.show(e, Map.of("reason", reason), "project-status-refused");
            }
        });
        confirm.setId("project-status-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setWidth("32rem");
        add(status, reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}

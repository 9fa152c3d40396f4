package io.klien.ui.projects;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.projects.MilestoneView;
import io.klien.projects.NewMilestone;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectView;
import io.klien.projects.StatusChangeView;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;

/** The plan at a glance: the milestones on a timeline and in a list with their progress, and the status history. */
class ProjectOverviewPanel extends Div {

    private final ProjectServices services;
    private final ProjectView project;
    private final Runnable changed;
    private final FirmFormats formats = FirmFormats.current();

    ProjectOverviewPanel(ProjectServices services, ProjectView project, Runnable changed) {
        this.services = services;
        this.project = project;
        this.changed = changed;
        setId("project-overview");
        addClassName("klien-project-panel");
        Div plan = new Div(new H3(getTranslation("projects.ui.milestones")));
        plan.addClassName("klien-card");
        if (project.status() != ProjectStatus.DONE) {
            Button add = new Button(getTranslation("projects.ui.milestone.add"), VaadinIcon.PLUS.create(),
                    click -> addMilestone());
            add.setId("project-milestone-add");
            plan.add(add);
        }
        if (project.milestones().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("projects.ui.milestones.empty"));
            none.setId("project-milestones-empty");
            none.addClassName("klien-muted");
            plan.add(none);
        } else {
            plan.add(new MilestoneTimeline(project, formats));
            Div list = new Div();
            list.setId("project-milestones");
            list.addClassName("klien-milestones");
            project.milestones().forEach(m -> list.add(milestone(m)));
            plan.add(list);
        }
        add(plan, history());
    }

    private Div milestone(MilestoneView m) {
        Span title = new Span(m.title());
        title.addClassName("klien-milestone-title");
        Div top = new Div(title);
        top.addClassName("klien-milestone-top");
        if (m.deliverable()) {
            Span deliverable = new Span(getTranslation("projects.ui.milestone.deliverable"));
            deliverable.getElement().setAttribute("theme", "badge contrast small");
            top.add(deliverable);
        }
        Span due = new Span(m.dueOn() == null ? getTranslation("projects.ui.no-due-date")
                : getTranslation("projects.ui.due-on", formats.date(m.dueOn())));
        if (!m.completed() && m.dueOn() != null && m.dueOn().isBefore(formats.today())) {
            due.addClassName("klien-overdue-text");
        } else {
            due.addClassName("klien-muted");
        }
        top.add(due);
        Div row = new Div(top);
        row.setId("project-milestone-" + m.id());
        row.addClassName("klien-milestone");
        if (m.description() != null) {
            Paragraph description = new Paragraph(m.description());
            description.addClassName("klien-muted");
            row.add(description);
        }
        Div progress = new Div(ProjectBadges.progress(m.progressPercent()),
                new Span(getTranslation("projects.ui.progress-percent", m.progressPercent())));
        progress.addClassName("klien-project-progress");
        row.add(progress);
        if (m.completed()) {
            Span done = new Span(getTranslation("projects.ui.milestone.completed-on", formats.date(m.completedAt())));
            done.setId("project-milestone-done-" + m.id());
            done.getElement().setAttribute("theme", "badge success");
            row.add(done);
        } else if (project.status() != ProjectStatus.DONE) {
            Button complete = new Button(getTranslation("projects.ui.milestone.complete"), click -> {
                try {
                    services.plans().completeMilestone(m.id());
                    Notices.success(getTranslation("projects.ui.milestone.completed", m.title()));
                    changed.run();
                } catch (DomainException e) {
                    Refusals.show(e, "project-milestone-refused");
                }
            });
            complete.setId("project-milestone-complete-" + m.id());
            complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(complete);
        }
        return row;
    }

    private Div history() {
        List<StatusChangeView> changes = services.projects().statusHistory(project.id());
        Map<String, String> names = services.names(changes.stream().map(StatusChangeView::changedBy)
                .filter(Objects::nonNull).distinct().toList());
        UnorderedList list = new UnorderedList();
        list.setId("project-status-history");
        list.addClassName("klien-status-history");
        for (StatusChangeView c : changes.reversed()) {
            String to = getTranslation("projects.ui.status." + c.to().name());
            String text = c.from() == null ? to
                    : getTranslation("projects.ui.status." + c.from().name()) + " → " + to;
            String who = c.changedBy() == null ? "" : " · " + names.getOrDefault(c.changedBy(),
                    getTranslation("people.former"));
            ListItem item = new ListItem(new Span(formats.dateTime(c.changedAt()) + " · "), new Span(text + who));
            if (c.reason() != null) {
                Paragraph reason = new Paragraph(c.reason());
                reason.addClassName("klien-muted");
                item.add(reason);
            }
            list.add(item);
        }
        Div card = new Div(new H3(getTranslation("projects.ui.status-history")), list);
        card.addClassName("klien-card");
        return card;
    }

    private void addMilestone() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.milestone.add"));
        TextField title = new TextField(getTranslation("projects.ui.milestone.title"));
        title.setId("project-milestone-title");
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("projects.ui.description"));
        description.setId("project-milestone-description");
        description.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("projects.ui.due"));
        due.setId("project-milestone-due");
        Checkbox deliverable = new Checkbox(getTranslation("projects.ui.milestone.is-deliverable"));
        deliverable.setId("project-milestone-deliverable");
        Button save = new Button(getTranslation("projects.ui.milestone.add"), click -> {
            try {
                services.plans().addMilestone(project.id(), new NewMilestone(title.getValue(),
                        description.getValue().isBlank() ? null : description.getValue(), deliverable.getValue(),
                        due.getValue()));
                dialog.close();
                Notices.success(getTranslation("projects.ui.milestone.added", title.getValue()));
                changed.run();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("title", title, "description", description), "project-milestone-refused");
            }
        });
        save.setId("project-milestone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title, description, due, deliverable);
        dialog.setWidth("32rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}

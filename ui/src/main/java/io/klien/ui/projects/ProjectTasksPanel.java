package io.klien.ui.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ContactView;
import io.klien.projects.MilestoneView;
import io.klien.projects.NewTask;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectView;
import io.klien.projects.TaskState;
import io.klien.projects.TaskView;
import io.klien.projects.TaskVisibility;
import io.klien.shared.DomainException;
import io.klien.tenancy.MembershipView;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * The project's tasks by due date: who does each (a colleague, or one of the client's contacts for a shared task),
 * its state, and whether the client sees it. Tasks are internal unless shared.
 */
class ProjectTasksPanel extends Div {

    /** Who a task may be for: a colleague (by subject) or a contact of the client. */
    record Assignee(String label, @Nullable String subject, @Nullable UUID contactId) {
    }

    private final ProjectServices services;
    private final ProjectView project;
    private final Runnable changed;
    private final FirmFormats formats = FirmFormats.current();
    private final Map<String, String> colleagueNames;
    private final Map<UUID, String> contactNames;
    private final List<Assignee> assignees = new ArrayList<>();
    private final Grid<TaskView> grid = new Grid<>();

    ProjectTasksPanel(ProjectServices services, ProjectView project, Runnable changed) {
        this.services = services;
        this.project = project;
        this.changed = changed;
        setId("project-tasks");
        addClassName("klien-project-panel");
        List<MembershipView> colleagues = services.colleagues();
        List<ContactView> contacts = services.contacts().contacts(project.clientId());
        colleagueNames = colleagues.stream().collect(Collectors.toMap(MembershipView::subject,
                MembershipView::displayName, (a, b) -> a));
        contactNames = contacts.stream().collect(Collectors.toMap(ContactView::id, ContactView::name));
        colleagues.forEach(c -> assignees.add(new Assignee(c.displayName(), c.subject(), null)));
        contacts.forEach(c -> assignees.add(new Assignee(getTranslation("projects.ui.task.client-contact",
                c.name()), null, c.id())));
        Map<UUID, String> milestones = project.milestones().stream()
                .collect(Collectors.toMap(MilestoneView::id, MilestoneView::title));

        if (project.status() != ProjectStatus.DONE) {
            Button add = new Button(getTranslation("projects.ui.task.add"), VaadinIcon.PLUS.create(),
                    click -> addTask());
            add.setId("project-task-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        grid.setId("project-tasks-grid");
        grid.addColumn(TaskView::title).setHeader(getTranslation("projects.ui.task.title")).setFlexGrow(2)
                .setKey("title");
        grid.addColumn(t -> t.milestoneId() == null ? "" : milestones.getOrDefault(t.milestoneId(), ""))
                .setHeader(getTranslation("projects.ui.task.milestone")).setFlexGrow(1).setKey("milestone");
        grid.addColumn(this::assigneeName).setHeader(getTranslation("projects.ui.task.assignee")).setAutoWidth(true)
                .setKey("assignee");
        grid.addColumn(t -> formats.date(t.dueOn())).setHeader(getTranslation("projects.ui.due")).setAutoWidth(true)
                .setKey("due");
        grid.addComponentColumn(this::visibility).setHeader(getTranslation("projects.ui.task.visibility"))
                .setAutoWidth(true).setKey("visibility");
        grid.addComponentColumn(this::state).setHeader(getTranslation("projects.ui.task.state")).setAutoWidth(true)
                .setKey("state");
        if (project.status() != ProjectStatus.DONE) {
            grid.addComponentColumn(this::replanButton).setAutoWidth(true).setFlexGrow(0).setKey("replan");
        }
        grid.setPartNameGenerator(t -> t.state() != TaskState.DONE && t.dueOn() != null
                && t.dueOn().isBefore(formats.today()) ? "klien-overdue" : null);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("projects.ui.tasks.empty"));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(services.plans().tasks(project.id()));
    }

    private String assigneeName(TaskView t) {
        if (t.assigneeSubject() != null) {
            return colleagueNames.getOrDefault(t.assigneeSubject(), getTranslation("people.former"));
        }
        if (t.assigneeContactId() != null) {
            return getTranslation("projects.ui.task.client-contact", contactNames.getOrDefault(t.assigneeContactId(),
                    ""));
        }
        return getTranslation("projects.ui.task.unassigned");
    }

    /** Internal or shared, and the button that turns it into the other (not for a client contact's task). */
    private Div visibility(TaskView t) {
        Span label = new Span(getTranslation("projects.ui.visibility." + t.visibility().name()));
        label.getElement().setAttribute("theme", t.visibility() == TaskVisibility.SHARED ? "badge" : "badge contrast");
        Div cell = new Div(label);
        if (t.assigneeContactId() == null) {
            TaskVisibility other = t.visibility() == TaskVisibility.SHARED ? TaskVisibility.INTERNAL
                    : TaskVisibility.SHARED;
            Button toggle = new Button(getTranslation("projects.ui.task.make." + other.name()), click -> act(
                    () -> services.plans().changeVisibility(t.id(), other),
                    getTranslation("projects.ui.task.visibility-changed", t.title(),
                            getTranslation("projects.ui.visibility." + other.name())), false));
            toggle.setId("project-task-visibility-" + t.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            cell.add(toggle);
        }
        return cell;
    }

    private Button replanButton(TaskView t) {
        Button replan = new Button(VaadinIcon.PENCIL.create(), click -> replan(t));
        replan.setId("project-task-replan-" + t.id());
        replan.setAriaLabel(getTranslation("projects.ui.task.replan.for", t.title()));
        replan.setTooltipText(getTranslation("projects.ui.task.replan"));
        replan.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return replan;
    }

    /** Gives the task to someone else and re-dates it, on the version shown; a stale one is refused and redrawn. */
    private void replan(TaskView t) {
        Dialog dialog = new Dialog(getTranslation("projects.ui.task.replan.title", t.title()));
        ComboBox<Assignee> assignee = assigneeField("project-task-replan-assignee");
        assignees.stream().filter(a -> (a.subject() != null && a.subject().equals(t.assigneeSubject()))
                || (a.contactId() != null && a.contactId().equals(t.assigneeContactId())))
                .findFirst().ifPresent(assignee::setValue);
        if (t.visibility() != TaskVisibility.SHARED) {
            // an internal task stays with the firm; share it first to give it to the client
            assignee.setItems(assignees.stream().filter(a -> a.contactId() == null).toList());
            assignee.setHelperText(getTranslation("projects.ui.task.replan.internal"));
        }
        DatePicker due = new DatePicker(getTranslation("projects.ui.due"), t.dueOn());
        due.setId("project-task-replan-due");
        due.setClearButtonVisible(true);
        Button save = new Button(getTranslation("projects.ui.task.replan.save"), click -> {
            Assignee who = assignee.getValue();
            try {
                services.plans().replan(t.id(), t.version(), who == null ? null : who.subject(),
                        who == null ? null : who.contactId(), due.getValue());
                dialog.close();
                Notices.success(getTranslation("projects.ui.task.replanned", t.title()));
                refresh();
            } catch (DomainException e) {
                if ("projects.stale".equals(e.messageKey())) {
                    dialog.close();
                    refresh();
                }
                Refusals.show(e, Map.of("assignee", assignee), "project-task-refused");
            }
        });
        save.setId("project-task-replan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(assignee, due);
        dialog.add(form);
        dialog.setWidth("32rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private ComboBox<Assignee> assigneeField(String id) {
        ComboBox<Assignee> assignee = new ComboBox<>(getTranslation("projects.ui.task.assignee"));
        assignee.setId(id);
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(Assignee::label);
        assignee.setClearButtonVisible(true);
        return assignee;
    }

    private Select<TaskState> state(TaskView t) {
        Select<TaskState> state = new Select<>();
        state.setId("project-task-state-" + t.id());
        state.setAriaLabel(getTranslation("projects.ui.task.state"));
        state.setItems(TaskState.values());
        state.setItemLabelGenerator(s -> getTranslation("projects.ui.task-state." + s.name()));
        state.setValue(t.state());
        state.addThemeName("small");
        state.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() != t.state()) {
                act(() -> services.plans().changeState(t.id(), t.version(), change.getValue()),
                        getTranslation("projects.ui.task.state-changed", t.title(),
                                getTranslation("projects.ui.task-state." + change.getValue().name())), true);
            }
        });
        return state;
    }

    /**
     * Runs a change of a task and says so; a refusal (someone moved the task meanwhile) says why and shows the
     * tasks as they now are. A change of state moves the milestones' progress, so the page is redrawn.
     */
    private void act(Runnable action, String done, boolean movesProgress) {
        try {
            action.run();
            Notices.success(done);
            if (movesProgress) {
                changed.run();
            } else {
                refresh();
            }
        } catch (DomainException e) {
            Refusals.show(e, "project-task-refused");
            refresh();
        }
    }

    private void addTask() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.task.add"));
        TextField title = new TextField(getTranslation("projects.ui.task.title"));
        title.setId("project-task-title");
        TextArea description = new TextArea(getTranslation("projects.ui.description"));
        description.setId("project-task-description");
        ComboBox<MilestoneView> milestone = new ComboBox<>(getTranslation("projects.ui.task.milestone"));
        milestone.setId("project-task-milestone");
        milestone.setItems(project.milestones());
        milestone.setItemLabelGenerator(MilestoneView::title);
        milestone.setClearButtonVisible(true);
        ComboBox<Assignee> assignee = assigneeField("project-task-assignee");
        DatePicker due = new DatePicker(getTranslation("projects.ui.due"));
        due.setId("project-task-due");
        RadioButtonGroup<TaskVisibility> visibility = new RadioButtonGroup<>(
                getTranslation("projects.ui.task.visibility"));
        visibility.setId("project-task-visibility");
        visibility.setItems(TaskVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("projects.ui.visibility." + v.name() + ".explained"));
        visibility.setValue(TaskVisibility.INTERNAL);
        // a task for the client's contact is one the client sees
        assignee.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue().contactId() != null) {
                visibility.setValue(TaskVisibility.SHARED);
            }
        });
        Button save = new Button(getTranslation("projects.ui.task.add"), click -> {
            try {
                Assignee who = assignee.getValue();
                TaskView task = services.plans().addTask(project.id(), new NewTask(title.getValue(),
                        description.getValue().isBlank() ? null : description.getValue(),
                        milestone.getValue() == null ? null : milestone.getValue().id(), visibility.getValue(),
                        who == null ? null : who.subject(), who == null ? null : who.contactId(), due.getValue()));
                dialog.close();
                Notices.success(getTranslation("projects.ui.task.added", task.title()));
                changed.run();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("title", title, "description", description, "milestoneId", milestone,
                        "assignee", assignee, "visibility", visibility), "project-task-refused");
            }
        });
        save.setId("project-task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(title, milestone, assignee, due, visibility, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(visibility, 2);
        dialog.add(form);
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}

package io.klien.ui.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.contracts.Quota;
import io.klien.projects.DeliverableView;
import io.klien.projects.NewTimeEntry;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectView;
import io.klien.projects.QuotaUsage;
import io.klien.projects.TaskView;
import io.klien.projects.TimeEntryView;
import io.klien.shared.DomainException;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * What the project used against the quota of its contract, for the current period: a bar per quota line (amber from
 * 80%, red from 100%) with the overage the contract's terms price; the time logged this month; and the team logs its
 * time and meetings here.
 */
class ProjectUsagePanel extends Div {

    private final ProjectServices services;
    private final ProjectView project;
    private final FirmFormats formats = FirmFormats.current();
    private final Div lines = new Div();
    private final Grid<TimeEntryView> entries = new Grid<>();
    private final Span monthTotal = new Span();
    private Map<String, String> names = Map.of();

    ProjectUsagePanel(ProjectServices services, ProjectView project) {
        this.services = services;
        this.project = project;
        setId("project-usage");
        addClassName("klien-project-panel");
        lines.setId("project-usage-lines");
        Div quota = new Div(new H3(getTranslation("projects.ui.usage.quota")), lines);
        quota.addClassName("klien-card");
        HorizontalLayout actions = new HorizontalLayout();
        if (project.status() != ProjectStatus.DONE) {
            Button time = new Button(getTranslation("projects.ui.usage.log-time"), VaadinIcon.CLOCK.create(),
                    click -> logTime());
            time.setId("project-usage-log-time");
            time.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button meetings = new Button(getTranslation("projects.ui.usage.log-meetings"), VaadinIcon.GROUP.create(),
                    click -> logMeetings());
            meetings.setId("project-usage-log-meetings");
            actions.add(time, meetings);
        }
        entries.setId("project-time-entries");
        entries.addColumn(e -> formats.date(e.date())).setHeader(getTranslation("projects.ui.usage.date"))
                .setAutoWidth(true);
        entries.addColumn(e -> names.getOrDefault(e.memberSubject(), getTranslation("people.former")))
                .setHeader(getTranslation("projects.ui.usage.member")).setAutoWidth(true);
        entries.addColumn(e -> duration(e.duration())).setHeader(getTranslation("projects.ui.usage.duration"))
                .setAutoWidth(true);
        entries.addColumn(e -> getTranslation(e.billable() ? "projects.ui.usage.billable"
                : "projects.ui.usage.not-billable")).setHeader(getTranslation("projects.ui.usage.billing"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("projects.ui.usage.note"))
                .setFlexGrow(1);
        entries.setAllRowsVisible(true);
        entries.setEmptyStateText(getTranslation("projects.ui.usage.no-time"));
        monthTotal.setId("project-time-total");
        monthTotal.addClassName("klien-muted");
        Div time = new Div(new H3(getTranslation("projects.ui.usage.this-month")), monthTotal, entries);
        time.addClassName("klien-card");
        add(actions, quota, time);
        refresh();
    }

    private void refresh() {
        lines.removeAll();
        List<QuotaUsage> usage = services.usage().usage(project.id()).lines();
        if (usage.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("projects.ui.usage.no-quota"));
            none.setId("project-usage-no-quota");
            none.addClassName("klien-muted");
            lines.add(none);
        }
        for (int i = 0; i < usage.size(); i++) {
            lines.add(line(usage.get(i), i));
        }
        LocalDate today = formats.today();
        List<TimeEntryView> month = services.usage().timeEntries(project.id(), today.withDayOfMonth(1), today);
        names = services.names(month.stream().map(TimeEntryView::memberSubject).distinct().toList());
        entries.setItems(month);
        monthTotal.setText(getTranslation("projects.ui.usage.month-total", duration(month.stream()
                .map(TimeEntryView::duration).reduce(Duration.ZERO, Duration::plus))));
    }

    private Div line(QuotaUsage u, int index) {
        Formats f = formats.formats();
        Quota q = u.quota();
        String unit = getTranslation("contracts.quota-unit." + q.unit().name());
        Span label = new Span(f.number(q.amount()) + " " + unit + " " + getTranslation("contracts.quota-per."
                + q.per().name()));
        label.addClassName("klien-usage-label");
        Span period = new Span(u.periodStart() == null ? getTranslation("projects.ui.usage.whole-contract")
                : getTranslation("projects.ui.dates", formats.date(u.periodStart()), formats.date(u.periodEnd())));
        period.addClassName("klien-muted");
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, u.percent()));
        if (u.percent() >= 100) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (u.percent() >= 80) {
            bar.addClassName("klien-usage-near");
        }
        Span used = new Span(getTranslation("projects.ui.usage.used", f.number(u.used()), f.number(q.amount()),
                unit, u.percent()));
        used.setId("project-usage-used-" + index);
        Div line = new Div(new Div(label, period), bar, used);
        line.setId("project-usage-line-" + index);
        line.addClassName("klien-usage-line");
        if (u.overage().signum() > 0) {
            Paragraph overage = new Paragraph(getTranslation("projects.ui.usage.overage", f.number(u.overage()), unit)
                    + " · " + (u.overageCharge() != null
                    ? getTranslation("projects.ui.usage.overage-charge", formats.money(u.overageCharge().amount(),
                            u.overageCharge().currency()))
                    : getTranslation("contracts.quota-overage." + q.overage().name())));
            overage.setId("project-usage-overage-" + index);
            overage.addClassName("klien-warning-text");
            line.add(overage);
        }
        return line;
    }

    private String duration(Duration d) {
        return getTranslation("projects.ui.usage.hours-minutes", d.toHours(), d.toMinutesPart());
    }

    private void logTime() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.usage.log-time"));
        DatePicker date = new DatePicker(getTranslation("projects.ui.usage.date"));
        date.setId("project-time-date");
        date.setValue(formats.today());
        date.setMax(formats.today());
        BigDecimalField hours = new BigDecimalField(getTranslation("projects.ui.usage.hours"));
        hours.setId("project-time-hours");
        hours.setHelperText(getTranslation("projects.ui.usage.hours.help"));
        Checkbox billable = new Checkbox(getTranslation("projects.ui.usage.billable"), true);
        billable.setId("project-time-billable");
        ComboBox<TaskView> task = new ComboBox<>(getTranslation("projects.ui.usage.task"));
        task.setId("project-time-task");
        task.setItems(services.plans().tasks(project.id()));
        task.setItemLabelGenerator(TaskView::title);
        task.setClearButtonVisible(true);
        ComboBox<DeliverableView> deliverable = new ComboBox<>(getTranslation("projects.ui.usage.deliverable"));
        deliverable.setId("project-time-deliverable");
        deliverable.setItems(services.deliverables().ofProject(project.id()));
        deliverable.setItemLabelGenerator(DeliverableView::title);
        deliverable.setClearButtonVisible(true);
        TextField note = new TextField(getTranslation("projects.ui.usage.note"));
        note.setId("project-time-note");
        Button save = new Button(getTranslation("projects.ui.usage.log-time"), click -> {
            try {
                services.usage().logTime(project.id(), new NewTimeEntry(date.getValue(), minutes(hours.getValue()),
                        billable.getValue(), task.getValue() == null ? null : task.getValue().id(),
                        deliverable.getValue() == null ? null : deliverable.getValue().id(), blank(note)));
                dialog.close();
                Notices.success(getTranslation("projects.ui.usage.time-logged"));
                refresh();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("date", date, "duration", hours, "taskId", task, "deliverableId", deliverable,
                        "note", note), "project-usage-refused");
            }
        });
        save.setId("project-time-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(date, hours, task, deliverable, billable, note));
        dialog.setWidth("36rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void logMeetings() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.usage.log-meetings"));
        Select<Quota.Unit> unit = new Select<>();
        unit.setId("project-units-unit");
        unit.setLabel(getTranslation("projects.ui.usage.unit"));
        unit.setItems(Arrays.stream(Quota.Unit.values()).filter(Quota.Unit::countedByHand).toList());
        unit.setItemLabelGenerator(u -> getTranslation("contracts.quota-unit." + u.name()));
        unit.setValue(project.budget().quotas().stream().map(Quota::unit).filter(Quota.Unit::countedByHand)
                .findFirst().orElse(Quota.Unit.MEETINGS));
        BigDecimalField amount = new BigDecimalField(getTranslation("projects.ui.usage.meetings"));
        amount.setId("project-units-amount");
        amount.setValue(BigDecimal.ONE);
        DatePicker on = new DatePicker(getTranslation("projects.ui.usage.date"));
        on.setId("project-units-date");
        on.setValue(formats.today());
        on.setMax(formats.today());
        TextField note = new TextField(getTranslation("projects.ui.usage.note"));
        note.setId("project-units-note");
        Button save = new Button(getTranslation("projects.ui.usage.log-meetings"), click -> {
            if (on.getValue() == null) {
                on.setErrorMessage(getTranslation("projects.time.date-required"));
                on.setInvalid(true);
                return;
            }
            try {
                services.usage().logUnits(project.id(), unit.getValue(),
                        amount.getValue() == null ? BigDecimal.ZERO : amount.getValue(), on.getValue(), blank(note));
                dialog.close();
                Notices.success(getTranslation("projects.ui.usage.meetings-logged"));
                refresh();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("amount", amount, "on", on, "note", note), "project-usage-refused");
            }
        });
        save.setId("project-units-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(unit, amount, on, note));
        dialog.setWidth("30rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /**
     * Hours as typed (1.5) in whole minutes; nothing typed is no time, and an absurd number stays a number: the service
     * refuses both at the input.
     */
    private static Duration minutes(@Nullable BigDecimal hours) {
        return hours == null ? Duration.ZERO
                : Duration.ofMinutes(hours.min(BigDecimal.valueOf(10_000)).max(BigDecimal.valueOf(-10_000))
                        .multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static @Nullable String blank(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue();
    }
}

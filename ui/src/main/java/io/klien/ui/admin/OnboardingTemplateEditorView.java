package io.klien.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.klien.clients.ClientKind;
import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateVersionStatus;
import io.klien.onboarding.TemplateVersionView;
import io.klien.onboarding.TemplateView;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.leads.People;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A tenant admin edits one onboarding template: its name and scope, and its ordered steps. Edits stay on the page
 * until saved as a draft (a save made on a stale copy is refused); publishing makes the draft the version new
 * onboardings start from, while running onboardings keep their own copy.
 */
@Route(value = "admin/onboarding-templates/:" + OnboardingTemplateEditorView.PARAMETER, layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class OnboardingTemplateEditorView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String PARAMETER = "templateId";
    /** The route parameter of a template not saved yet. */
    static final String NEW = "new";

    private final OnboardingTemplates templates;
    private final Map<String, String> people;
    private final Formats time;

    private final Paragraph status = new Paragraph();
    private final Badge unsaved = new Badge();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField serviceLine = new TextField();
    private final Select<ClientKind> clientKind = new Select<>();
    private final Div stepList = new Div();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button discard = new Button();
    private final H3 versionsTitle = new H3();
    private final Grid<TemplateVersionView> versions = new Grid<>();
    private final List<Button> upButtons = new ArrayList<>();
    private final List<Button> downButtons = new ArrayList<>();

    private final List<StepDefinition> steps = new ArrayList<>();
    private @Nullable TemplateView view;
    private long startedFromShownVersion;
    private boolean dirty;
    private boolean loading;
    private @Nullable String problemStep;
    private @Nullable String problemText;

    public OnboardingTemplateEditorView(OnboardingTemplates templates, Memberships memberships, FirmFormats formats) {
        this.templates = templates;
        this.people = People.of(memberships).all();
        this.time = formats.formats();
        addClassName("klien-page");

        RouterLink back = new RouterLink(getTranslation("onboarding-templates.back"), OnboardingTemplatesView.class);
        back.setId("template-back");
        status.setId("template-status");
        status.addClassName("klien-muted");
        unsaved.setText(getTranslation("onboarding-templates.unsaved"));
        unsaved.setId("template-unsaved");
        unsaved.addThemeVariants(BadgeVariant.WARNING);
        HorizontalLayout state = new HorizontalLayout(status, unsaved);
        state.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(back, state, templateForm(), stepsSection(), actions(), versionsSection());
    }

    private FormLayout templateForm() {
        name.setLabel(getTranslation("onboarding-templates.name"));
        name.setId("template-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        serviceLine.setLabel(getTranslation("onboarding-templates.service-line"));
        serviceLine.setId("template-service-line");
        serviceLine.setMaxLength(200);
        clientKind.setLabel(getTranslation("onboarding-templates.client-kind"));
        clientKind.setId("template-client-kind");
        clientKind.setItems(ClientKind.values());
        clientKind.setEmptySelectionAllowed(true);
        clientKind.setEmptySelectionCaption(getTranslation("onboarding-templates.client-kind.any"));
        clientKind.setItemLabelGenerator(k -> k == null ? getTranslation("onboarding-templates.client-kind.any")
                : getTranslation("clients.kind." + k.name()));
        description.setLabel(getTranslation("onboarding-templates.description"));
        description.setId("template-description");
        description.setMaxLength(2000);
        List.of(name, serviceLine, description).forEach(input -> input.addValueChangeListener(change -> changed()));
        clientKind.addValueChangeListener(change -> changed());
        FormLayout form = new FormLayout(name, serviceLine, clientKind, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 3));
        form.setColspan(description, 3);
        return form;
    }

    private VerticalLayout stepsSection() {
        H3 title = new H3(getTranslation("onboarding-templates.steps"));
        Button add = new Button(getTranslation("onboarding-templates.step.add"), VaadinIcon.PLUS.create(),
                click -> new StepDialog(null, List.copyOf(steps), people, step -> {
                    steps.add(step);
                    changed();
                    renderSteps();
                }).open());
        add.setId("step-add");
        HorizontalLayout header = new HorizontalLayout(title, add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        stepList.setId("template-steps");
        stepList.addClassName("klien-card");
        stepList.setWidthFull();
        stepList.getElement().setAttribute("role", "list");
        stepList.getElement().setAttribute("aria-label", getTranslation("onboarding-templates.steps"));
        VerticalLayout section = new VerticalLayout(header, stepList);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout actions() {
        save.setText(getTranslation("onboarding-templates.save"));
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveDraft());
        publish.setText(getTranslation("onboarding-templates.publish"));
        publish.setId("template-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> publish());
        discard.setText(getTranslation("onboarding-templates.discard"));
        discard.setId("template-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> confirmDiscard());
        Paragraph help = new Paragraph(getTranslation("onboarding-templates.publish.help"));
        help.addClassName("klien-muted");
        help.setId("template-publish-help");
        VerticalLayout actions = new VerticalLayout(new HorizontalLayout(save, publish, discard), help);
        actions.setPadding(false);
        actions.setSpacing(false);
        return actions;
    }

    private VerticalLayout versionsSection() {
        versionsTitle.setText(getTranslation("onboarding-templates.versions"));
        versions.setId("template-versions");
        versions.addColumn(v -> getTranslation("onboarding-templates.version-number", v.number()))
                .setHeader(getTranslation("onboarding-templates.version")).setAutoWidth(true);
        versions.addColumn(v -> getTranslation("onboarding-templates.version.status." + v.status().name()))
                .setHeader(getTranslation("onboarding-templates.version.status")).setAutoWidth(true);
        versions.addColumn(v -> time.dateTime(v.createdAt()))
                .setHeader(getTranslation("onboarding-templates.version.created")).setFlexGrow(1);
        versions.addColumn(v -> time.dateTime(v.publishedAt()))
                .setHeader(getTranslation("onboarding-templates.version.published")).setFlexGrow(1);
        versions.addColumn(TemplateVersionView::onboardingsStarted)
                .setHeader(getTranslation("onboarding-templates.version.started")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(versionsTitle, versions);
        section.setPadding(false);
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse("");
        if (NEW.equals(parameter)) {
            show(null);
            return;
        }
        try {
            show(templates.editable(UUID.fromString(parameter)));
        } catch (IllegalArgumentException | DomainException e) {
            event.rerouteToError(RecordNotFound.class);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("onboarding-templates.leave.title"),
                getTranslation("onboarding-templates.leave.text"), getTranslation("onboarding-templates.leave.confirm"),
                leave -> {
                    dirty = false;
                    navigation.proceed();
                }, getTranslation("action.cancel"), stay -> navigation.cancel());
        confirm.setId("template-leave-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Shows a stored version (or a blank template when null) and forgets unsaved edits. */
    private void show(@Nullable TemplateView shown) {
        loading = true;
        view = shown;
        TemplateDefinition definition = shown == null ? new TemplateDefinition("", null, null, null, List.of())
                : shown.definition();
        name.setValue(definition.name());
        description.setValue(definition.description() == null ? "" : definition.description());
        serviceLine.setValue(definition.serviceLine() == null ? "" : definition.serviceLine());
        clientKind.setValue(definition.clientKind());
        name.setInvalid(false);
        steps.clear();
        steps.addAll(definition.steps());
        List<TemplateVersionView> history = shown == null ? List.of() : templates.versions(shown.templateId());
        startedFromShownVersion = history.stream().filter(v -> shown != null && v.versionId().equals(shown.versionId()))
                .mapToLong(TemplateVersionView::onboardingsStarted).findFirst().orElse(0);
        versions.setItems(history);
        versionsTitle.setVisible(shown != null);
        versions.setVisible(shown != null);
        problemStep = null;
        problemText = null;
        dirty = false;
        loading = false;
        renderSteps();
        refreshState();
    }

    private void changed() {
        if (!loading) {
            dirty = true;
            refreshState();
        }
    }

    private void refreshState() {
        unsaved.setVisible(dirty);
        status.setText(statusText());
        save.setEnabled(dirty || view == null);
        publish.setEnabled(dirty || view == null || view.hasDraft());
        discard.setVisible(view != null && view.hasDraft() && view.currentVersion() != null);
    }

    private String statusText() {
        if (view == null) {
            return getTranslation("onboarding-templates.status.new");
        }
        if (view.status() == TemplateVersionStatus.DRAFT) {
            return view.currentVersion() == null
                    ? getTranslation("onboarding-templates.status.first-draft", view.versionNumber())
                    : getTranslation("onboarding-templates.status.draft", view.versionNumber(), view.currentVersion());
        }
        return startedFromShownVersion == 0
                ? getTranslation("onboarding-templates.status.current-unused", view.versionNumber())
                : getTranslation("onboarding-templates.status.current-used", view.versionNumber(), startedFromShownVersion);
    }

    // ---- steps ----

    private void renderSteps() {
        stepList.removeAll();
        upButtons.clear();
        downButtons.clear();
        if (steps.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("onboarding-templates.steps.empty"));
            empty.setId("steps-empty");
            empty.addClassName("klien-muted");
            stepList.add(empty);
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            stepList.add(stepRow(i));
        }
    }

    private Div stepRow(int index) {
        StepDefinition step = steps.get(index);
        int n = index + 1;
        Span number = new Span(n + ".");
        number.addClassName("klien-muted");
        Span title = new Span(step.title());
        title.setId("step-name-" + n);
        title.addClassName("klien-card-title");
        Span key = new Span(step.key());
        key.addClassNames("klien-muted", LumoUtility.FontSize.SMALL, LumoUtility.Margin.Start.SMALL);
        Paragraph facts = new Paragraph(facts(step));
        facts.setId("step-facts-" + n);
        facts.addClassNames("klien-muted", LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        Div body = new Div(new Div(title, key), facts);
        body.addClassName(LumoUtility.Flex.GROW);

        Button edit = stepButton(VaadinIcon.EDIT, "onboarding-templates.step.edit", step, "step-edit-" + n,
                click -> new StepDialog(step, others(index), people, edited -> replace(index, edited)).open());
        Button up = stepButton(VaadinIcon.ARROW_UP, "onboarding-templates.step.up", step, "step-up-" + n,
                click -> move(index, -1));
        up.setEnabled(index > 0);
        Button down = stepButton(VaadinIcon.ARROW_DOWN, "onboarding-templates.step.down", step, "step-down-" + n,
                click -> move(index, 1));
        down.setEnabled(index < steps.size() - 1);
        Button remove = stepButton(VaadinIcon.TRASH, "onboarding-templates.step.remove", step, "step-remove-" + n,
                click -> remove(index));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        upButtons.add(up);
        downButtons.add(down);
        HorizontalLayout actions = new HorizontalLayout(edit, up, down, remove);
        actions.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(number, body, actions);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);

        Div item = new Div(row);
        item.getElement().setAttribute("role", "listitem");
        item.addClassNames(LumoUtility.Padding.Vertical.XSMALL);
        if (index > 0) {
            item.addClassNames(LumoUtility.Border.TOP, LumoUtility.BorderColor.CONTRAST_10);
        }
        if (step.key().equals(problemStep) && problemText != null) {
            Paragraph problem = new Paragraph(problemText);
            problem.setId("step-problem-" + n);
            problem.addClassNames("klien-warning-text", LumoUtility.Margin.NONE);
            problem.getElement().setAttribute("role", "alert");
            item.add(problem);
        }
        return item;
    }

    private Button stepButton(VaadinIcon icon, String labelKey, StepDefinition step, String id,
            ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.setAriaLabel(getTranslation(labelKey, step.title()));
        button.setTooltipText(getTranslation(labelKey, step.title()));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Type, who does it, when it is due, whether it is required and what it waits for, in one line. */
    private String facts(StepDefinition step) {
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("onboarding-templates.step-type." + step.type().name()));
        facts.add(assigneeText(step));
        facts.add(getTranslation("onboarding-templates.step.due", step.dueOffsetDays()));
        facts.add(getTranslation(step.required() ? "onboarding-templates.step.required"
                : "onboarding-templates.step.optional"));
        if (step.type() == StepType.INTAKE_FORM) {
            facts.add(getTranslation("onboarding-templates.step.field-count", step.fields().size()));
        }
        if (!step.prerequisites().isEmpty()) {
            facts.add(getTranslation("onboarding-templates.step.after", String.join(", ", step.prerequisites().stream()
                    .map(k -> steps.stream().filter(s -> s.key().equals(k)).map(StepDefinition::title).findFirst()
                            .orElse(k)).toList())));
        }
        return String.join(" · ", facts);
    }

    private String assigneeText(StepDefinition step) {
        if (step.ownerSide() == StepSide.CLIENT) {
            return getTranslation("onboarding-templates.assignee." + AssigneeRole.CLIENT.name());
        }
        if (step.assigneeSubject() != null) {
            return people.getOrDefault(step.assigneeSubject(), step.assigneeSubject());
        }
        return step.assigneeRole() == null ? getTranslation("onboarding-templates.step.assignee.none")
                : getTranslation("onboarding-templates.assignee." + step.assigneeRole().name());
    }

    private List<StepDefinition> others(int index) {
        List<StepDefinition> others = new ArrayList<>(steps);
        others.remove(index);
        return List.copyOf(others);
    }

    /** Puts the edited step in place; a changed key is followed by the steps that wait for it. */
    private void replace(int index, StepDefinition edited) {
        String oldKey = steps.get(index).key();
        steps.set(index, edited);
        if (!oldKey.equals(edited.key())) {
            rewritePrerequisites(oldKey, edited.key());
        }
        changed();
        renderSteps();
    }

    private void remove(int index) {
        StepDefinition removed = steps.remove(index);
        rewritePrerequisites(removed.key(), null);
        changed();
        renderSteps();
        Notices.success(getTranslation("onboarding-templates.step.removed", removed.title()));
    }

    private void rewritePrerequisites(String oldKey, @Nullable String newKey) {
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            if (step.prerequisites().contains(oldKey)) {
                steps.set(i, step.after(step.prerequisites().stream().map(k -> k.equals(oldKey) ? newKey : k)
                        .filter(k -> k != null).toArray(String[]::new)));
            }
        }
    }

    /** Moves a step and keeps the keyboard focus on the moved step's button, where it can move on. */
    private void move(int index, int by) {
        steps.add(index + by, steps.remove(index));
        changed();
        renderSteps();
        int moved = index + by;
        Button again = by < 0 ? upButtons.get(moved) : downButtons.get(moved);
        (again.isEnabled() ? again : by < 0 ? downButtons.get(moved) : upButtons.get(moved)).focus();
    }

    // ---- saving ----

    private TemplateDefinition definition() {
        return new TemplateDefinition(name.getValue(), blankToNull(description.getValue()),
                blankToNull(serviceLine.getValue()), clientKind.getValue(), List.copyOf(steps));
    }

    /** Stores the edits: a new template, or the draft (or a current version nobody started from yet). */
    private @Nullable TemplateView store() {
        name.setInvalid(false);
        problemStep = null;
        problemText = null;
        try {
            return view == null ? templates.create(definition())
                    : templates.save(view.templateId(), view.revision(), definition());
        } catch (DomainException e) {
            problem(e);
            return null;
        }
    }

    private void saveDraft() {
        boolean created = view == null;
        TemplateView saved = store();
        if (saved == null) {
            return;
        }
        show(saved);
        Notices.success(created ? getTranslation("onboarding-templates.created", saved.definition().name())
                : saved.status() == TemplateVersionStatus.DRAFT
                        ? getTranslation("onboarding-templates.draft-saved", saved.versionNumber())
                        : getTranslation("onboarding-templates.saved-current", saved.versionNumber()));
        if (created) {
            openSaved(saved);
        }
    }

    /** Saves what is unsaved, then publishes the draft. */
    private void publish() {
        boolean created = view == null;
        TemplateView target = view;
        if (created || dirty) {
            target = store();
            if (target == null) {
                return;
            }
            show(target);
        }
        if (!target.hasDraft()) {
            Notices.success(getTranslation("onboarding-templates.saved-current", target.versionNumber()));
        } else {
            try {
                TemplateView published = templates.publish(target.templateId(), target.revision());
                show(published);
                Notices.success(getTranslation("onboarding-templates.published", published.versionNumber()));
            } catch (DomainException e) {
                problem(e);
            }
        }
        if (created) {
            openSaved(target);
        }
    }

    private void confirmDiscard() {
        TemplateView draft = view;
        if (draft == null || draft.currentVersion() == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("onboarding-templates.discard.title"),
                getTranslation("onboarding-templates.discard.text", draft.versionNumber(), draft.currentVersion()),
                getTranslation("onboarding-templates.discard"), yes -> {
                    try {
                        TemplateView current = templates.discardDraft(draft.templateId(), draft.revision());
                        show(current);
                        Notices.success(getTranslation("onboarding-templates.discarded", current.versionNumber()));
                    } catch (DomainException e) {
                        problem(e);
                    }
                }, getTranslation("action.cancel"), no -> { });
        confirm.setId("template-discard-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openSaved(TemplateView saved) {
        getUI().ifPresent(ui -> ui.navigate(OnboardingTemplateEditorView.class,
                new RouteParameters(PARAMETER, saved.templateId().toString())));
    }

    /**
     * A rule the template broke: at the name, or at the step it names (and in a notification, as the step may be
     * out of sight). A stale copy offers to reload the stored template.
     */
    private void problem(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        boolean atName = e.messageKey().equals("onboarding.template.name.required");
        boolean stale = e.messageKey().equals("onboarding.template.stale") && view != null;
        problemStep = atName || stale ? null : stepNamedIn(e);
        problemText = problemStep == null ? null : message;
        renderSteps();
        if (atName) {
            name.setErrorMessage(message);
            name.setInvalid(true);
            name.focus();
            return;
        }
        if (stale) {
            staleNotice(message, view.templateId());
            return;
        }
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("template-error");
    }

    /** Step rules name the step by title (or by key, when the key is the problem) as their first argument. */
    private @Nullable String stepNamedIn(DomainException e) {
        boolean aboutAStep = e.messageKey().startsWith("onboarding.template.step.")
                || e.messageKey().startsWith("onboarding.template.field.");
        if (!aboutAStep || e.arguments().length == 0 || !(e.arguments()[0] instanceof String named)) {
            return null;
        }
        return steps.stream().filter(s -> s.title().strip().equals(named) || s.key().equals(named))
                .map(StepDefinition::key).findFirst().orElse(null);
    }

    private void staleNotice(String message, UUID templateId) {
        Notification notification = new Notification();
        notification.setId("template-stale");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        Span text = new Span(message);
        text.setId("template-stale-text");
        Button reload = new Button(getTranslation("onboarding-templates.reload"), click -> {
            notification.close();
            show(templates.editable(templateId));
        });
        reload.setId("template-reload");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.setAriaLabel(getTranslation("onboarding-templates.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(text, reload, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return view == null ? getTranslation("onboarding-templates.editor.new-title")
                : getTranslation("onboarding-templates.editor.title", view.definition().name());
    }
}

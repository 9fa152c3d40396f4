package io.klien.ui.admin;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import io.klien.clients.ClientKind;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateVersionStatus;
import io.klien.onboarding.TemplateVersionView;
import io.klien.onboarding.TemplateView;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
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

    private final Paragraph status = new Paragraph();
    private final Badge unsaved = new Badge();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField serviceLine = new TextField();
    private final Select<ClientKind> clientKind = new Select<>();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button discard = new Button();
    private final TemplateStepList steps;
    private final TemplateVersionsSection versions;

    private @Nullable TemplateView view;
    private long startedFromShownVersion;
    private boolean dirty;
    private boolean loading;

    public OnboardingTemplateEditorView(OnboardingTemplates templates, Memberships memberships, FirmFormats formats) {
        this.templates = templates;
        this.steps = new TemplateStepList(People.of(memberships).all(), this::changed);
        this.versions = new TemplateVersionsSection(formats.formats());
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

        add(back, state, templateForm(), steps, actions(), versions);
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
        steps.show(definition.steps());
        List<TemplateVersionView> history = shown == null ? List.of() : templates.versions(shown.templateId());
        startedFromShownVersion = history.stream().filter(v -> shown != null && v.versionId().equals(shown.versionId()))
                .mapToLong(TemplateVersionView::onboardingsStarted).findFirst().orElse(0);
        versions.show(history);
        versions.setVisible(shown != null);
        dirty = false;
        loading = false;
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

    // ---- saving ----

    private TemplateDefinition definition() {
        return new TemplateDefinition(name.getValue(), blankToNull(description.getValue()),
                blankToNull(serviceLine.getValue()), clientKind.getValue(), steps.steps());
    }

    /** Stores the edits: a new template, or the draft (or a current version nobody started from yet). */
    private @Nullable TemplateView store() {
        name.setInvalid(false);
        steps.forgetProblem();
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
        boolean atName = e.field().filter("name"::equals).isPresent();
        boolean stale = e.messageKey().equals("onboarding.template.stale") && view != null;
        if (atName || stale) {
            steps.forgetProblem();
        } else {
            steps.showAtStep(e, message);
        }
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
        Notices.withId(Notices.failure(message), "template-error");
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

package io.klien.ui.onboarding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.klien.onboarding.Checklist;
import io.klien.onboarding.CommentView;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.StepView;
import io.klien.ui.FirmFormats;

/**
 * An onboarding's checklist: the client and template, progress over the required steps, how long it took once
 * complete, and every step in order with its latest comments (read for all steps at once). Reloads itself after each
 * action on a step's work.
 */
class ChecklistPanel extends Div {

    /** Comments shown per step before "show earlier": a long thread costs neither the page nor each action. */
    static final int LATEST_COMMENTS = 10;

    private final UUID onboardingId;
    private final OnboardingServices services;
    private final boolean clientUser;

    ChecklistPanel(UUID onboardingId, OnboardingServices services, boolean clientUser) {
        this(services.onboardings().checklist(onboardingId), services, clientUser);
    }

    /** The panel showing a checklist the page has just read (so it is not read twice). */
    ChecklistPanel(Checklist checklist, OnboardingServices services, boolean clientUser) {
        this.onboardingId = checklist.onboarding().id();
        this.services = services;
        this.clientUser = clientUser;
        setId("onboarding-checklist");
        addClassName("klien-checklist");
        show(checklist);
    }

    void reload() {
        show(services.onboardings().checklist(onboardingId));
    }

    private void show(Checklist checklist) {
        removeAll();
        OnboardingSummary o = checklist.onboarding();
        H2 title = new H2(clientUser ? o.templateName() : o.clientName());
        title.setId("onboarding-title");
        Span template = new Span(clientUser ? getTranslation("onboarding.ui.portal.subtitle")
                : getTranslation("onboarding.ui.template-version", o.templateName(), o.templateVersion()));
        template.addClassName("klien-muted");
        ProgressBar bar = new ProgressBar(0, 100, o.progressPercent());
        bar.setId("onboarding-progress-bar");
        Span progress = new Span(getTranslation("onboarding.ui.progress", o.progressPercent(), o.requiredDone(),
                o.requiredTotal()));
        progress.setId("onboarding-progress");
        Span status = new Span(getTranslation("onboarding.status." + o.status().name()));
        status.getElement().getThemeList().add("badge");
        if (o.status() == OnboardingStatus.COMPLETED) {
            status.getElement().getThemeList().add("success");
        }
        status.setId("onboarding-status");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout state =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(status, progress);
        state.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        Div head = new Div(title, template, state, bar);
        head.addClassName("klien-card");
        if (o.status() == OnboardingStatus.COMPLETED && o.duration() != null) {
            Span took = new Span(getTranslation("onboarding.ui.took", Math.max(1, o.duration().toDays()),
                    FirmFormats.current().date(o.completedAt())));
            took.setId("onboarding-took");
            head.add(new Div(took));
        }
        if (o.blocked()) {
            Span blocked = new Span(getTranslation("onboarding.ui.blocked"));
            blocked.getElement().getThemeList().add("badge");
            blocked.getElement().getThemeList().add("error");
            head.add(new Div(blocked));
        }
        add(head);
        Map<UUID, List<CommentView>> latest = services.onboardings().latestComments(onboardingId, LATEST_COMMENTS);
        for (StepView step : checklist.steps()) {
            add(new StepCard(step, latest.getOrDefault(step.id(), List.of()), o.clientId(), services, clientUser,
                    o.status() == OnboardingStatus.IN_PROGRESS, this::reload));
        }
    }
}

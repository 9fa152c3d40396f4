package io.klien.ui.onboarding;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import io.klien.onboarding.Checklist;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.TemplateSummary;
import io.klien.shared.DomainException;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;

/** The onboarding tab of a client page: the client's onboardings and starting one from a published template. */
public class ClientOnboardingTab extends VerticalLayout {

    public ClientOnboardingTab(io.klien.clients.ClientProfile client, Onboardings onboardings,
            OnboardingTemplates templates) {
        UUID clientId = client.id();
        setPadding(false);
        setId("client-onboarding");
        List<OnboardingSummary> existing = onboardings.forClient(clientId);
        Formats dates = FirmFormats.current().formats();
        if (existing.isEmpty()) {
            Span none = new Span(getTranslation("onboarding.ui.client.none"));
            none.addClassName("klien-muted");
            add(none);
        }
        for (OnboardingSummary o : existing) {
            Anchor open = new Anchor("onboarding/" + o.id(), o.templateName() + " v" + o.templateVersion());
            open.setId("client-onboarding-" + o.id());
            Span state = new Span(getTranslation("onboarding.ui.client.row", getTranslation("onboarding.status."
                    + o.status().name()), o.progressPercent(), dates.date(o.startDate())));
            state.addClassName("klien-muted");
            Div row = new Div(open, new Span(" · "), state);
            add(row);
        }
        // templates made for this client's service lines come first, then those for its kind, then the rest
        List<TemplateSummary> startable = templates.list().stream().filter(t -> t.currentVersion() != null)
                .sorted(java.util.Comparator.comparingInt(t -> fit(t, client))).toList();
        Select<TemplateSummary> template = new Select<>();
        template.setId("onboarding-start-template");
        template.setLabel(getTranslation("onboarding.ui.client.template"));
        template.setItems(startable);
        template.setItemLabelGenerator(TemplateSummary::name);
        template.setWidth("22rem");
        if (!startable.isEmpty()) {
            template.setValue(startable.getFirst());
        }
        Button start = new Button(getTranslation("onboarding.ui.client.start"), VaadinIcon.PLAY.create(), click -> {
            if (template.getValue() == null) {
                template.setInvalid(true);
                template.setErrorMessage(getTranslation("onboarding.ui.client.choose-template"));
                return;
            }
            try {
                Checklist started = onboardings.start(clientId, template.getValue().templateId());
                started.warnings().forEach(this::warn);
                getUI().ifPresent(ui -> ui.navigate(OnboardingView.class,
                        new RouteParameters("onboardingId", started.onboarding().id().toString())));
            } catch (DomainException e) {
                Notices.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        start.setId("onboarding-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(template, start);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar);
    }

    /** Stays over the onboarding the start opens, so it is read there. */
    private void warn(String messageKey) {
        Notification notice = Notification.show(getTranslation(messageKey), 10000,
                Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setId("onboarding-start-warning");
    }

    private static int fit(TemplateSummary template, io.klien.clients.ClientProfile client) {
        if (template.serviceLine() != null && client.serviceLines().stream()
                .anyMatch(line -> line.equalsIgnoreCase(template.serviceLine()))) {
            return 0;
        }
        if (template.clientKind() == client.kind()) {
            return 1;
        }
        return template.clientKind() == null ? 2 : 3;
    }
}

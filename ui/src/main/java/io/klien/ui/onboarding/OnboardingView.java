package io.klien.ui.onboarding;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.documents.Documents;
import io.klien.onboarding.OnboardingSteps;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.Onboardings;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
import io.klien.ui.FirmFormats;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.leads.People;
import jakarta.annotation.security.RolesAllowed;


/** Staff's checklist of one onboarding: every step, its work and its comments. */
@Route(value = "onboarding/:onboardingId", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class OnboardingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingServices services;
    private final Memberships memberships;
    /** The client's portal users by subject, so the checklist names who did a client step. */
    private final java.util.Map<String, String> clientUserNames = new java.util.HashMap<>();
    private String title = "";

    public OnboardingView(Onboardings onboardings, OnboardingSteps steps, OnboardingUploads uploads, Documents documents,
            StepPanels panels, Memberships memberships, FirmFormats formats) {
        People people = People.of(memberships);
        this.memberships = memberships;
        this.services = new OnboardingServices(onboardings, steps, uploads, documents, panels,
                subject -> subject == null ? "" : people.all().containsKey(subject) ? people.name(subject)
                        : clientUserNames.getOrDefault(subject, getTranslation("onboarding.side.CLIENT")),
                formats.zone());
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("onboardingId").orElse(""));
            var checklist = services.onboardings().checklist(id);
            var summary = checklist.onboarding();
            clientUserNames.clear();
            memberships.clientUsers(java.util.List.of(summary.clientId())).getOrDefault(summary.clientId(), java.util.List.of())
                    .forEach(m -> clientUserNames.put(m.subject(), m.displayName()));
            title = getTranslation("onboarding.ui.title-of", summary.clientName());
            Anchor client = new Anchor("clients/" + summary.clientId(), getTranslation("onboarding.ui.open-client"));
            client.setId("onboarding-client-link");
            Anchor board = new Anchor("onboarding", getTranslation("onboarding.ui.all-onboardings"));
            removeAll();
            add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(board, client),
                    new ChecklistPanel(checklist, services, false));
        } catch (IllegalArgumentException | DomainException
                 | org.springframework.security.access.AccessDeniedException e) {
            // whether it does not exist or is not theirs: the same answer, so nothing leaks
            event.rerouteToError(RecordNotFound.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

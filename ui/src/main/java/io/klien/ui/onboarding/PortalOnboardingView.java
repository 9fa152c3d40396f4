package io.klien.ui.onboarding;

import java.util.Objects;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.documents.Documents;
import io.klien.onboarding.OnboardingSteps;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.Onboardings;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.portal.PortalLayout;
import io.klien.ui.security.ActiveFirm;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's checklist in the firm's portal: what they must do (forms, uploads), what the firm is doing, due dates,
 * and a comment thread on every step. Another client's onboarding answers "access denied".
 */
@Route(value = "portal/onboarding/:onboardingId", layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalOnboardingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingServices services;

    public PortalOnboardingView(Onboardings onboardings, OnboardingSteps steps, OnboardingUploads uploads,
            Documents documents, StepPanels panels, ActiveFirm activeFirm, FirmFormats formats) {
        addClassName("klien-page");
        String me = TenantContext.subject().orElse("");
        String you = getTranslation("onboarding.ui.side.you");
        String firm = activeFirm.firm().map(f -> f.displayName()).orElse(getTranslation("onboarding.ui.side.firm"));
        this.services = new OnboardingServices(onboardings, steps, uploads, documents, panels,
                subject -> subject == null ? "" : Objects.equals(subject, me) ? you : firm,
                formats.zone());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("onboardingId").orElse(""));
            ChecklistPanel checklist = new ChecklistPanel(id, services, true);
            Anchor home = new Anchor("portal", getTranslation("onboarding.ui.portal.back"));
            home.setId("portal-back");
            removeAll();
            add(home, checklist);
        } catch (IllegalArgumentException | DomainException
                 | org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(RecordNotFound.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.ui.portal.title");
    }
}

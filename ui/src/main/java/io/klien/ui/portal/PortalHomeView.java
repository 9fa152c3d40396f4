package io.klien.ui.portal;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.clients.ClientView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.klien.clients.Clients;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.SignatureRequest;
import io.klien.onboarding.OnboardingSummary;
import io.klien.projects.ClientPortalProjects;
import io.klien.ui.projects.PortalProjectsPanel;
import io.klien.ui.testimonials.PortalTestimonialPrompt;
import io.klien.onboarding.Onboardings;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.health.PortalNpsPrompt;
import io.klien.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * A client's home in the firm's portal: what awaits them (contracts to sign, versions to review, their tasks), who
 * they are here, their onboarding and projects, the latest updates and the team that serves them.
 */
@Route(value = "portal", layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalHomeView extends Div implements HasDynamicTitle {

    public PortalHomeView(CurrentUser currentUser, Clients clients, Onboardings onboardings, ContractSigning signing,
            ClientPortalProjects portal, FirmFormats formats) {
        addClassName("klien-page");
        addClassName("klien-portal-home");
        H2 greeting = new H2(getTranslation("portal.greeting", currentUser.require().displayName()));
        greeting.setId("portal-greeting");
        ClientView client = TenantContext.current().map(TenantContext.Scope::clientId).flatMap(clients::find)
                .orElseThrow();
        H3 clientName = new H3(client.name());
        clientName.setId("portal-client-name");
        Div card = new Div(new Paragraph(getTranslation("portal.client-of")), clientName);
        card.addClassName("klien-card");
        List<OnboardingSummary> running = onboardings.forClient(client.id());
        PortalProjectsPanel projects = new PortalProjectsPanel(portal, formats);
        if (running.isEmpty() && !projects.hasProjects()) {
            card.add(new Paragraph(getTranslation("portal.empty")));
        }
        for (OnboardingSummary o : running) {
            Anchor open = new Anchor("portal/onboarding/" + o.id(), o.templateName());
            open.setId("portal-onboarding-" + o.id());
            open.addClassName("klien-portal-onboarding");
            Span progress = new Span(getTranslation("portal.onboarding-progress", o.progressPercent(),
                    getTranslation("onboarding.status." + o.status().name())));
            progress.addClassName("klien-muted");
            card.add(new Div(open, new Span(" · "), progress));
        }
        add(greeting, tasks(signing, projects, formats), new PortalTestimonialPrompt(), new PortalNpsPrompt(), card,
                projects);
    }

    /**
     * What awaits the client user: contracts to sign (each opens its signing page), deliverable versions to review and
     * the shared project tasks that are theirs.
     */
    private Div tasks(ContractSigning signing, PortalProjectsPanel projects, FirmFormats formats) {
        List<SignatureRequest> toSign = signing.mine().stream().filter(SignatureRequest::yourTurn).toList();
        Div tasks = new Div(new H3(getTranslation("portal.tasks")));
        tasks.setId("portal-tasks");
        tasks.addClassName("klien-card");
        if (toSign.isEmpty() && !projects.hasToDo()) {
            Paragraph none = new Paragraph(getTranslation("portal.tasks.none"));
            none.setId("portal-tasks-none");
            none.addClassName("klien-muted");
            tasks.add(none);
        }
        for (SignatureRequest r : toSign) {
            Anchor sign = new Anchor("portal/contracts/" + r.contractId(), getTranslation("portal.tasks.sign",
                    r.title()));
            sign.setId("portal-sign-" + r.contractId());
            sign.addClassName("klien-portal-sign-task");
            Span by = new Span(getTranslation("contracts.expires-on.is", formats.date(r.expiresOn())));
            by.addClassName("klien-muted");
            Div task = new Div(sign, new Span(" · "), by);
            task.addClassName("klien-portal-task");
            tasks.add(task);
        }
        tasks.add(projects.toDo());
        Anchor all = new Anchor("portal/contracts", getTranslation("portal.tasks.all-contracts"));
        all.setId("portal-contracts-link");
        tasks.add(new Paragraph(all));
        return tasks;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}

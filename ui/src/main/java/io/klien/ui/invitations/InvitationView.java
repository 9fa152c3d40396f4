package io.klien.ui.invitations;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.tenancy.FirmChoice;
import io.klien.tenancy.Invitations;
import io.klien.ui.errors.CenteredCard;
import io.klien.ui.security.ActiveFirm;
import jakarta.annotation.security.PermitAll;

/** Where an invitation link lands after sign-in: accepts it and opens the firm, or says why it cannot. */
@Route("invitation/:tenantId/:token")
@PermitAll
public class InvitationView extends CenteredCard implements BeforeEnterObserver, HasDynamicTitle {

    private final Invitations invitations;
    private final ActiveFirm activeFirm;

    public InvitationView(Invitations invitations, ActiveFirm activeFirm) {
        this.invitations = invitations;
        this.activeFirm = activeFirm;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID tenantId = UUID.fromString(event.getRouteParameters().get("tenantId").orElse(""));
            FirmChoice firm = invitations.accept(tenantId, event.getRouteParameters().get("token").orElse(""));
            FirmRole role = activeFirm.enter(firm.tenantId());
            event.forwardTo(role == FirmRole.CLIENT ? "portal" : "");
        } catch (IllegalArgumentException e) {
            problem("tenancy.invite.unknown");
        } catch (DomainException e) {
            problem(e.messageKey());
        }
    }

    private void problem(String messageKey) {
        H1 title = new H1(getTranslation("invitation.problem.title"));
        title.setId("invitation-problem-title");
        Paragraph text = new Paragraph(getTranslation(messageKey));
        text.setId("invitation-problem-text");
        card().add(title, text, new Anchor("", getTranslation("error.back-home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}

package io.klien.ui.contracts;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatureRequest;
import io.klien.ui.FirmFormats;
import io.klien.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/** The contracts the firm sent the client user to sign, newest first: what awaits them, what they signed. */
@Route(value = "portal/contracts", layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalContractsView extends Div implements HasDynamicTitle {

    public PortalContractsView(ContractSigning signing, FirmFormats formats) {
        addClassName("klien-page");
        Anchor home = new Anchor("portal", getTranslation("signing.ui.portal.back"));
        home.setId("portal-back");
        H2 title = new H2(getTranslation("signing.ui.portal.list"));
        title.setId("portal-contracts-title");
        Div list = new Div();
        list.setId("portal-contracts");
        list.addClassName("klien-signing");
        List<SignatureRequest> mine = signing.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("signing.ui.portal.empty"));
            empty.setId("portal-contracts-empty");
            empty.addClassName("klien-muted");
            list.add(empty);
        }
        for (SignatureRequest r : mine) {
            Anchor open = new Anchor("portal/contracts/" + r.contractId(), r.title());
            open.setId("portal-contract-" + r.contractId());
            open.addClassName("klien-card-title");
            Span status = ContractsView.badge(r.status(), getTranslation("contracts.status." + r.status().name()));
            Span where = new Span(where(r, formats));
            where.setId("portal-contract-state-" + r.contractId());
            where.addClassName(r.yourTurn() ? "klien-warning-text" : "klien-muted");
            Div facts = new Div(status, where);
            facts.addClassName("klien-signing-facts");
            Div card = new Div(open, facts);
            card.addClassName("klien-card");
            list.add(card);
        }
        add(home, title, list);
    }

    private String where(SignatureRequest r, FirmFormats formats) {
        if (r.yourTurn()) {
            return getTranslation("signing.ui.portal.your-turn", formats.date(r.expiresOn()));
        }
        if (r.waitingFor() != null) {
            return getTranslation("signing.ui.state.not-your-turn", r.waitingFor());
        }
        if (r.signatoryStatus() == SignatoryStatus.SIGNED) {
            return r.status().inForce() ? getTranslation("signing.ui.portal.complete")
                    : getTranslation("signing.ui.signed.waiting-for-others");
        }
        if (r.signatoryStatus() == SignatoryStatus.DECLINED) {
            return getTranslation("signing.ui.portal.declined");
        }
        return getTranslation("signing.ui.portal.closed");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signing.ui.portal.list");
    }
}

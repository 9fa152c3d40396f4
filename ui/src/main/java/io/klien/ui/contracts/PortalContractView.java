package io.klien.ui.contracts;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.SignatureRequest;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * One contract the firm sent the client user to sign, with the signing ceremony. Another client's contract, or one
 * they do not sign, answers "access denied"; an unknown id or a draft "not found".
 */
@Route(value = "portal/contracts/:" + PortalContractView.PARAMETER, layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalContractView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "contractId";

    private final ContractSigning signing;
    private final FirmFormats formats;
    private String title = "";

    public PortalContractView(ContractSigning signing, FirmFormats formats) {
        this.signing = signing;
        this.formats = formats;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(PARAMETER).flatMap(RecordNotFound::id);
        if (id.isEmpty()) {
            event.rerouteToError(RecordNotFound.class);
            return;
        }
        Optional<SignatureRequest> mine;
        try {
            mine = signing.mine(id.get());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        } catch (DomainException e) {
            event.rerouteToError(RecordNotFound.class);
            return;
        }
        if (mine.isEmpty()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        title = mine.get().title();
        Anchor back = new Anchor("portal/contracts", getTranslation("signing.ui.portal.back-to-list"));
        back.setId("portal-back");
        removeAll();
        add(back, new SigningCeremonyPanel(signing, formats, id.get(), mine.get().signatoryId()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

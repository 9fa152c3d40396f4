package io.klien.ui.contracts;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryView;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The firm's own signatory signs a contract here, through the same ceremony as the client in the portal. Anyone
 * else of the firm is told they do not sign it.
 */
@Route(value = "contracts/:" + ContractSigningView.PARAMETER + "/sign", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ContractSigningView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "contractId";

    private final Contracts contracts;
    private final ContractSigning signing;
    private final FirmFormats formats;
    private String title = "";

    public ContractSigningView(Contracts contracts, ContractSigning signing, FirmFormats formats) {
        this.contracts = contracts;
        this.signing = signing;
        this.formats = formats;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ContractView contract = RecordNotFound.load(event, PARAMETER, contracts::get).orElse(null);
        if (contract == null) {
            return;
        }
        Optional<SignatoryView> me = firmSignatory(contract);
        if (me.isEmpty()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        title = contract.title();
        Anchor back = new Anchor("contracts/" + contract.id(), getTranslation("signing.ui.back-to-contract"));
        back.setId("signing-back");
        removeAll();
        add(back, new SigningCeremonyPanel(signing, formats, contract.id(), me.get().id()));
    }

    /** The contract's signatory for the firm who is the member signed in, if any. */
    static Optional<SignatoryView> firmSignatory(ContractView contract) {
        String me = TenantContext.subject().orElse(null);
        return me == null ? Optional.empty() : contract.signatories().stream()
                .filter(s -> s.side() == SignatorySide.FIRM && me.equals(s.memberSubject())).findFirst();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

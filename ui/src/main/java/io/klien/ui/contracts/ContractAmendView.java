package io.klien.ui.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.klien.contracts.ContractAmendments;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.TermChange;
import io.klien.contracts.TermName;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Amending a contract in force: its current terms in the terms form; the terms staff change become an addendum,
 * drafted for the same signatories and signed the same way. The contract keeps its terms until the addendum is signed.
 */
@Route(value = "contracts/:" + ContractPage.PARAMETER + "/amend", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ContractAmendView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Contracts contracts;
    private final transient ContractAmendments amendments;
    private final TermsForm terms = new TermsForm();
    private @Nullable ContractView contract;

    public ContractAmendView(Contracts contracts, ContractAmendments amendments) {
        this.contracts = contracts;
        this.amendments = amendments;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contract = RecordNotFound.load(event, ContractPage.PARAMETER, contracts::get).orElse(null);
        if (contract != null) {
            render(contract);
        }
    }

    private void render(ContractView c) {
        removeAll();
        H2 heading = new H2(getTranslation("contracts.amend.heading", c.title()));
        heading.setId("contract-amend-heading");
        Paragraph intro = new Paragraph(getTranslation("contracts.amend.intro"));
        intro.addClassName("klien-muted");
        terms.setTerms(c.terms());
        Button draft = new Button(getTranslation("contracts.amend.draft"), click -> draft(c));
        draft.setId("contract-amend-draft");
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> open(c.id().toString()));
        cancel.setId("contract-amend-cancel");
        Div card = new Div(heading, intro, terms, new Div(cancel, draft));
        card.addClassName("klien-card");
        add(card);
    }

    private void draft(ContractView c) {
        try {
            ContractTerms edited = terms.terms();
            List<TermChange> changes = new ArrayList<>();
            for (TermName name : TermName.values()) {
                Object value = name.valueIn(edited);
                if (!Objects.equals(value, name.valueIn(c.terms()))) {
                    changes.add(new TermChange(name, value));
                }
            }
            ContractView amendment = amendments.draftAmendment(c.id(), changes.toArray(TermChange[]::new));
            Notices.success(getTranslation("contracts.amend.drafted", amendment.title()));
            open(amendment.id().toString());
        } catch (DomainException e) {
            if (!terms.showAtInput(e)) {
                Notices.refused(e);
            }
        }
    }

    private void open(String contractId) {
        getUI().ifPresent(ui -> ui.navigate(ContractPage.class, new RouteParameters(ContractPage.PARAMETER,
                contractId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contracts.amend.title");
    }
}

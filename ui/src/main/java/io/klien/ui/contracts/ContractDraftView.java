package io.klien.ui.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.clients.ContactView;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryView;
import io.klien.contracts.SigningOrder;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.onboarding.OnboardingSteps;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Drafting a contract for a client (from the client's Contracts tab) or editing one: the template, the terms, who
 * signs in which order and by when. Nothing is saved until the service accepts it all; a refusal shows at its input.
 */
@Route(value = "contracts/:" + ContractDraftView.CONTRACT + "/edit", layout = MainLayout.class)
@RouteAlias(value = "clients/:" + ContractDraftView.CLIENT + "/new-contract", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ContractDraftView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT = "contractId";
    static final String CLIENT = "clientId";
    /** The engagement letter step a new contract is drafted for: the contract becomes that step's letter. */
    static final String LETTER_STEP = "letterStep";
    /** The converted lead whose proposal (service line, estimated value) a new contract starts from. */
    static final String LEAD = "lead";

    private final Contracts contracts;
    private final ContractTemplates templates;
    private final Clients clients;
    private final ClientContacts clientContacts;
    private final Memberships memberships;
    private final OnboardingSteps onboardingSteps;
    private final Leads leads;
    private final FirmFormats formats;
    private final Binder<DraftFields> binder = Forms.binder(DraftFields.class);
    private final TermsForm terms = new TermsForm();
    private final MultiSelectComboBox<ContactView> clientSignatories = new MultiSelectComboBox<>();
    private final ComboBox<MembershipView> firmSignatory = new ComboBox<>();
    private final Select<ContractTemplateView> template = new Select<>();
    private @Nullable ContractView editing;
    private @Nullable ClientView client;
    private @Nullable UUID letterStep;
    private @Nullable LeadView proposal;

    public ContractDraftView(Contracts contracts, ContractTemplates templates, Clients clients,
            ClientContacts clientContacts, Memberships memberships, OnboardingSteps onboardingSteps, Leads leads,
            FirmFormats formats) {
        this.contracts = contracts;
        this.templates = templates;
        this.clients = clients;
        this.clientContacts = clientContacts;
        this.memberships = memberships;
        this.onboardingSteps = onboardingSteps;
        this.leads = leads;
        this.formats = formats;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Optional<UUID> contractId = event.getRouteParameters().get(CONTRACT).flatMap(RecordNotFound::id);
            if (contractId.isPresent()) {
                editing = contracts.get(contractId.get());
                client = clients.find(editing.clientId()).orElse(null);
            } else {
                client = event.getRouteParameters().get(CLIENT).flatMap(RecordNotFound::id)
                        .flatMap(clients::find).orElse(null);
                letterStep = event.getLocation().getQueryParameters().getSingleParameter(LETTER_STEP)
                        .flatMap(RecordNotFound::id).orElse(null);
                proposal = client == null ? null : proposal(event, client.id());
            }
        } catch (DomainException e) {
            client = null;
        }
        if (client == null) {
            event.rerouteToError(RecordNotFound.class);
            return;
        }
        render(client);
    }

    /** The proposal of the lead named in the address, when that lead was converted into this client. */
    private @Nullable LeadView proposal(BeforeEnterEvent event, UUID clientId) {
        Optional<UUID> leadId = event.getLocation().getQueryParameters().getSingleParameter(LEAD)
                .flatMap(RecordNotFound::id);
        try {
            return leadId.map(leads::get).filter(lead -> clientId.equals(lead.clientId())).orElse(null);
        } catch (DomainException unknownLead) {
            return null;
        }
    }

    private void render(ClientView forClient) {
        removeAll();
        H2 heading = new H2(getTranslation(editing == null ? "contracts.draft.new" : "contracts.draft.edit",
                forClient.name()));
        heading.setId("contract-draft-heading");

        TextField title = new TextField(getTranslation("contracts.title"));
        title.setId("contract-title");
        title.setWidthFull();
        RadioButtonGroup<SigningOrder> order = new RadioButtonGroup<>(getTranslation("contracts.signing-order"));
        order.setId("contract-signing-order");
        order.setItems(SigningOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("contracts.signing-order." + o.name()));
        DatePicker expires = new DatePicker(getTranslation("contracts.expires-on"));
        expires.setId("contract-expires-on");
        expires.setHelperText(getTranslation("contracts.expires-on.help"));
        binder.forField(title).bind("title");
        binder.forField(order).bind("signingOrder");
        binder.forField(expires).bind("expiresOn");

        template.setId("contract-template");
        template.setLabel(getTranslation("contracts.template"));
        template.setItemLabelGenerator(t -> t.definition().name());
        clientSignatories.setId("contract-client-signatories");
        clientSignatories.setLabel(getTranslation("contracts.signatories.client"));
        clientSignatories.setItemLabelGenerator(c -> c.email() == null ? c.name() : c.name() + " (" + c.email() + ")");
        List<ContactView> contacts = clientContacts.contacts(forClient.id());
        clientSignatories.setItems(contacts);
        firmSignatory.setId("contract-firm-signatory");
        firmSignatory.setLabel(getTranslation("contracts.signatories.firm"));
        firmSignatory.setItemLabelGenerator(MembershipView::displayName);
        firmSignatory.setClearButtonVisible(true);
        List<MembershipView> members = memberships.colleagues().stream().filter(m -> m.role() != FirmRole.CLIENT)
                .toList();
        firmSignatory.setItems(members);

        DraftFields fields = new DraftFields();
        fields.setExpiresOn(formats.today().plusDays(14));
        if (editing != null) {
            ContractView e = editing;
            fields.setTitle(e.title());
            fields.setSigningOrder(e.signingOrder());
            fields.setExpiresOn(e.expiresOn());
            terms.setTerms(e.terms());
            for (SignatoryView s : e.signatories()) {
                if (s.side() == SignatorySide.CLIENT) {
                    contacts.stream().filter(c -> c.id().equals(s.contactId())).findFirst()
                            .ifPresent(clientSignatories::select);
                } else {
                    members.stream().filter(m -> m.subject().equals(s.memberSubject())).findFirst()
                            .ifPresent(firmSignatory::setValue);
                }
            }
            template.setVisible(false);
        } else {
            List<ContractTemplateView> available = templates.list();
            template.setItems(available);
            template.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    terms.setTerms(change.getValue().definition().terms());
                    title.setValue(change.getValue().definition().name());
                }
            });
            if (!available.isEmpty()) {
                ContractTemplateView first = proposal == null ? available.getFirst()
                        : ProposalTerms.templateFor(proposal, available);
                template.setValue(first);
                fields.setTitle(first.definition().name());
                if (proposal != null) {
                    terms.setTerms(ProposalTerms.fromProposal(proposal, first.definition().terms()));
                }
            }
        }
        binder.readBean(fields);

        Button save = new Button(getTranslation("action.save"), click -> save(forClient));
        save.setId("contract-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> leave(editing == null ? null : editing.id(),
                forClient));
        cancel.setId("contract-cancel");

        Div card = new Div(heading, new FormLayout(template, title), terms,
                new H3(getTranslation("contracts.section.signing")),
                new FormLayout(clientSignatories, firmSignatory, order, expires), new Div(cancel, save));
        card.addClassName("klien-card");
        if (letterStep != null) {
            Paragraph forLetter = new Paragraph(getTranslation("contracts.draft.for-letter"));
            forLetter.setId("contract-draft-for-letter");
            forLetter.addClassName("klien-muted");
            card.addComponentAtIndex(1, forLetter);
        }
        if (proposal != null) {
            Paragraph fromLead = new Paragraph(getTranslation("contracts.draft.from-proposal", proposal.name(),
                    proposal.serviceLine() == null ? "—" : proposal.serviceLine(),
                    proposal.estimatedValue() == null ? "—"
                            : formats.money(proposal.estimatedValue(), proposal.currency())));
            fromLead.setId("contract-draft-from-proposal");
            fromLead.addClassName("klien-muted");
            card.addComponentAtIndex(1, fromLead);
        }
        add(card);
    }

    private void save(ClientView forClient) {
        DraftFields fields = new DraftFields();
        binder.writeBeanAsDraft(fields, true);
        List<SignatoryChoice> signatories = new ArrayList<>();
        clientSignatories.getSelectedItems().forEach(c -> signatories.add(SignatoryChoice.clientContact(c.id())));
        if (firmSignatory.getValue() != null) {
            signatories.add(SignatoryChoice.firmMember(firmSignatory.getValue().subject()));
        }
        try {
            ContractView saved;
            if (editing == null) {
                if (template.getValue() == null) {
                    template.setInvalid(true);
                    template.setErrorMessage(getTranslation("contracts.template.choose"));
                    return;
                }
                ContractDraft draft = new ContractDraft(fields.getTitle(), null, terms.terms(), signatories,
                        fields.getSigningOrder(), fields.getExpiresOn());
                UUID templateId = template.getValue().templateId();
                saved = letterStep == null ? contracts.draft(forClient.id(), templateId, draft)
                        : contracts.get(Objects.requireNonNull(onboardingSteps
                                .draftLetterContract(letterStep, templateId, draft).letterContractId()));
                Notices.success(getTranslation("contracts.drafted", saved.title()));
            } else {
                saved = contracts.revise(editing.id(), editing.version(), new ContractDraft(fields.getTitle(), null,
                        terms.terms(), signatories, fields.getSigningOrder(), fields.getExpiresOn()));
                Notices.success(getTranslation(saved.id().equals(editing.id()) ? "contracts.saved"
                        : "contracts.saved-new-version", saved.revision()));
            }
            leave(saved.id(), forClient);
        } catch (DomainException e) {
            String field = e.field().orElse("");
            if (field.startsWith("signatories")) {
                FieldErrors.show(e, Map.of(field, clientSignatories));
            } else if (!FieldErrors.showAtInput(e, binder, Map.of()) && !terms.showAtInput(e)) {
                Notices.refused(e);
            }
        }
    }

    private void leave(@Nullable UUID contractId, ClientView forClient) {
        getUI().ifPresent(ui -> {
            if (contractId != null) {
                ui.navigate(ContractPage.class, new RouteParameters(ContractPage.PARAMETER, contractId.toString()));
            } else {
                ui.navigate("clients/" + forClient.id());
            }
        });
    }


    @Override
    public String getPageTitle() {
        return getTranslation("contracts.draft.title");
    }
}

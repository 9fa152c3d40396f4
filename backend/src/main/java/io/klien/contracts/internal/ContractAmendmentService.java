package io.klien.contracts.internal;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.klien.contracts.ContractAmendments;
import io.klien.contracts.ContractDrafted;
import io.klien.contracts.ContractMarkup;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.TermChange;
import io.klien.contracts.TermName;
import io.klien.contracts.TermsAmendment;
import io.klien.contracts.TermsRules;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ContractAmendmentService implements ContractAmendments {

    /** How long the amendment stays open for signing, from the firm's today. */
    static final int OFFER_DAYS = 30;

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final ContractTermsHistoryRepository history;
    private final Tenants tenants;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    ContractAmendmentService(ContractRepository contracts, ContractSignatoryRepository signatories,
            ContractTermsHistoryRepository history, Tenants tenants, FirmTime time,
            ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.history = history;
        this.tenants = tenants;
        this.time = time;
        this.events = events;
    }

    @Override
    public ContractView draftAmendment(UUID contractId, TermChange... changes) {
        Contract original = contracts.findForUpdate(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        original.requireAmendable();
        Set<TermName> named = EnumSet.noneOf(TermName.class);
        ContractTerms terms = original.terms();
        for (TermChange change : changes == null ? new TermChange[0] : changes) {
            if (change == null) {
                continue;
            }
            if (!named.add(change.term())) {
                throw new DomainException("contracts.amend.term-twice");
            }
            terms = change.applyTo(terms);
        }
        ContractTerms validated = TermsRules.validated(terms);
        Set<TermName> changed = TermName.differing(original.terms(), validated);
        TenantView firm = tenants.find(TenantContext.requireTenantId()).orElseThrow();
        AmendmentDocument document = new AmendmentDocument(Locale.forLanguageTag(firm.locale()));
        int number = (int) contracts.countByAmendsId(original.id()) + 1;
        Contract amendment = contracts.save(Contract.amendment(original, document.title(number, original.title()),
                ContractMarkup.validated(document.body(original.title(), changed)), validated, changed,
                time.today().plusDays(OFFER_DAYS), TenantContext.subject().orElse(null),
                time.now().truncatedTo(ChronoUnit.MICROS)));
        signatories.findByContractIdOrderByPositionAsc(original.id())
                .forEach(s -> signatories.save(s.copyFor(amendment.id())));
        contracts.flush();
        events.publishEvent(new ContractDrafted(TenantContext.requireTenantId(), amendment.id(),
                amendment.clientId(), amendment.revision(), null));
        return amendment.toView(signatories.findByContractIdOrderByPositionAsc(amendment.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TermsAmendment> history(UUID contractId) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        ContractService.requireVisible(contract);
        return history.findByContractIdOrderByAmendedAtAscIdAsc(contract.id()).stream()
                .map(ContractTermsHistory::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<TermName> changedBy(UUID amendmentId) {
        Contract amendment = contracts.findById(amendmentId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        ContractService.requireVisible(amendment);
        return amendment.amendedTerms();
    }
}

package io.klien.contracts;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.klien.contracts.internal.AmendmentDocument;
import io.klien.contracts.internal.Contract;
import io.klien.contracts.internal.ContractRepository;
import io.klien.contracts.internal.ContractSignatoryRepository;
import io.klien.contracts.internal.ContractTermsHistory;
import io.klien.contracts.internal.ContractTermsHistoryRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments (addenda): a contract in force changes only by an amendment that names the terms it changes and is
 * signed like any contract (drafted here, then sent and signed as usual, by the original's signatories unless staff
 * change them). When everyone has signed it, the original's current terms become the amended ones, the change is
 * kept in the contract's terms history and {@link ContractAmended} is published.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class ContractAmendments {

    /** How long the amendment stays open for signing, from the firm's today. */
    static final int OFFER_DAYS = 30;

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final ContractTermsHistoryRepository history;
    private final Tenants tenants;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    ContractAmendments(ContractRepository contracts, ContractSignatoryRepository signatories,
            ContractTermsHistoryRepository history, Tenants tenants, FirmTime time,
            ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.history = history;
        this.tenants = tenants;
        this.time = time;
        this.events = events;
    }

    /**
     * Drafts an amendment of a contract in force changing the given terms (each at most once, and at least one to a
     * new value): a draft of kind {@link ContractKind#AMENDMENT} with the original's current terms and these changes,
     * a body in the firm's language naming the changed terms with their new values, and the original's signatories.
     * Refused for a contract that is voided, expired, terminated or not yet signed, and for an amendment.
     */
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

    /** How the contract's terms were changed by signed amendments, oldest first. */
    @Transactional(readOnly = true)
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public List<TermsAmendment> history(UUID contractId) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        Contracts.requireVisible(contract);
        return history.findByContractIdOrderByAmendedAtAscIdAsc(contract.id()).stream()
                .map(ContractTermsHistory::toView).toList();
    }

    /** The terms the amendment changes (empty for a contract that is not an amendment). */
    @Transactional(readOnly = true)
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public Set<TermName> changedBy(UUID amendmentId) {
        Contract amendment = contracts.findById(amendmentId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        Contracts.requireVisible(amendment);
        return amendment.amendedTerms();
    }
}

package io.klien.contracts.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.klien.contracts.ContractDrafted;
import io.klien.contracts.ContractRenewals;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Term;
import io.klien.contracts.TermName;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ContractRenewalService implements ContractRenewals {

    /** How long the renewal offer stays open for signing, from the firm's today. */
    static final int OFFER_DAYS = 30;

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    ContractRenewalService(ContractRepository contracts, ContractSignatoryRepository signatories, FirmTime time,
            ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.time = time;
        this.events = events;
    }

    @Override
    public ContractView draftRenewal(UUID contractId) {
        Contract previous = contracts.findById(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        if (previous.isAmendment() || !previous.status().inForce() && previous.status() != ContractStatus.EXPIRED) {
            throw new DomainException("contracts.renew.not-renewable");
        }
        Term term = previous.terms().term();
        LocalDate end = previous.periodEnd();
        if (end == null) {
            throw new DomainException("contracts.renew.not-renewable");
        }
        LocalDate start = end.plusDays(1);
        LocalDate newEnd = term.autoRenew() && term.renewalMonths() > 0 ? end.plusMonths(term.renewalMonths())
                : end.plus(Period.between(term.start(), term.end()));
        ContractTerms old = previous.terms();
        ContractTerms terms = TermName.TERM.with(old,
                new Term(start, newEnd, term.autoRenew(), term.renewalMonths(), term.noticeDays()));
        Contract renewal = contracts.save(Contract.draft(previous.clientId(), previous.templateVersionId(), previous,
                previous.title(), previous.body(), terms, previous.signingOrder(),
                time.today().plusDays(OFFER_DAYS), TenantContext.subject().orElse(null),
                time.now().truncatedTo(ChronoUnit.MICROS)));
        signatories.findByContractIdOrderByPositionAsc(previous.id())
                .forEach(s -> signatories.save(s.copyFor(renewal.id())));
        contracts.flush();
        events.publishEvent(new ContractDrafted(TenantContext.requireTenantId(), renewal.id(), renewal.clientId(),
                renewal.revision(), previous.id()));
        return renewal.toView(signatories.findByContractIdOrderByPositionAsc(renewal.id()));
    }
}

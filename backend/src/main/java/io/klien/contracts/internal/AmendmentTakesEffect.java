package io.klien.contracts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import io.klien.contracts.ContractAmended;
import io.klien.contracts.ContractSigned;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.TermName;
import io.klien.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the last signatory signs an amendment, the amended contract's current terms take the amendment's changed terms
 * (the others stay as they are now, even if another amendment changed them since this one was drafted), the change is
 * kept in the terms history and {@link ContractAmended} is published. Synchronous on purpose: it commits or fails
 * with the signature, so an amendment of a contract that is no longer in force cannot be signed.
 */
@Component
class AmendmentTakesEffect {

    private final ContractRepository contracts;
    private final ContractTermsHistoryRepository history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AmendmentTakesEffect(ContractRepository contracts, ContractTermsHistoryRepository history,
            ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ContractSigned signed) {
        Contract amendment = contracts.findById(signed.contractId()).orElse(null);
        if (amendment == null || !amendment.isAmendment() || history.existsByAmendmentId(amendment.id())) {
            return;
        }
        Contract original = contracts.findForUpdate(amendment.amendsId())
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        Set<TermName> changed = amendment.amendedTerms();
        ContractTerms before = original.terms();
        ContractTerms after = TermName.copy(changed, amendment.terms(), before);
        original.amendTerms(after);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        history.save(ContractTermsHistory.of(original.id(), amendment.id(), changed, before, after,
                amendment.createdBy(), at));
        contracts.flush();
        events.publishEvent(new ContractAmended(signed.tenantId(), original.id(), original.clientId(),
                amendment.id(), TermName.joined(changed)));
    }
}

package io.klien.onboarding.internal;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.onboarding.EngagementLetterLinked;
import io.klien.onboarding.LetterSignature;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Engagement letters are contracts: staff draft the letter's contract from the step (or link one drafted for the
 * client), and the step completes when that contract is signed in the portal. A letter signed outside Klien may
 * still be marked signed by hand, on a day not in the future.
 */
@Component
class EngagementLetterStep extends StepKind {

    private final Contracts contracts;
    private final ApplicationEventPublisher events;

    EngagementLetterStep(StepWork work, Contracts contracts, ApplicationEventPublisher events) {
        super(work);
        this.contracts = contracts;
        this.events = events;
    }

    @Override
    StepType type() {
        return StepType.ENGAGEMENT_LETTER;
    }

    Work markSigned(UUID stepId, @Nullable LocalDate signedOn) {
        Work w = lock(stepId);
        LocalDate date = signedOn != null ? signedOn : work.today();
        if (date.isAfter(work.today())) {
            throw new DomainException("onboarding.letter.future-date");
        }
        w.step().requireWorkable();
        w.step().record(new LetterSignature(date, linkedContract(w)));
        work.complete(w);
        return w;
    }

    /** Drafts the letter's contract for the onboarding's client and links it to the step, in one transaction. */
    Work draftContract(UUID stepId, UUID templateId, ContractDraft draft) {
        Work w = lockForLink(stepId);
        ContractView contract = contracts.draft(w.onboarding().clientId(), templateId, draft);
        return link(w, contract);
    }

    /** Links a contract already drafted for the onboarding's client (not voided, not ended) as the letter. */
    Work linkContract(UUID stepId, UUID contractId) {
        Work w = lockForLink(stepId);
        ContractView contract = contracts.get(contractId);
        if (!contract.clientId().equals(w.onboarding().clientId())) {
            throw new DomainException("onboarding.letter.other-client");
        }
        if (!linkable(contract.status())) {
            throw new DomainException("onboarding.letter.contract-closed", contract.title());
        }
        return link(w, contract);
    }

    /**
     * The letter's contract was signed: its step is done, on the day the contract was signed in the firm's calendar.
     * Records kept up to date also when the onboarding no longer runs; a step already done stays as it was.
     */
    void contractSigned(UUID stepId, ContractView contract) {
        Work w = work.lockWhateverItsStatus(stepId);
        if (!contract.id().equals(linkedContract(w)) || !workable(w)) {
            return;
        }
        w.step().record(new LetterSignature(signedOn(contract), contract.id()));
        work.complete(w);
    }

    private LocalDate signedOn(ContractView contract) {
        return contract.signedAt() == null ? work.today() : contract.signedAt().atZone(work.zone()).toLocalDate();
    }

    /**
     * The letter's contract was voided: the step follows the version that replaced it, or waits for a new contract
     * when none did.
     */
    void contractVoided(UUID stepId, UUID contractId, @Nullable UUID replacedBy) {
        Work w = work.lockWhateverItsStatus(stepId);
        if (!contractId.equals(linkedContract(w)) || !workable(w)) {
            return;
        }
        if (replacedBy != null) {
            w.step().record(new LetterSignature(null, replacedBy));
        } else {
            w.step().forget();
        }
        work.settle(w, false);
    }

    private Work lockForLink(UUID stepId) {
        Work w = lock(stepId);
        w.step().requireWorkable();
        UUID linked = linkedContract(w);
        if (linked != null && linkable(contracts.get(linked).status())) {
            throw new DomainException("onboarding.letter.contract-exists");
        }
        return w;
    }

    private Work link(Work w, ContractView contract) {
        w.step().record(new LetterSignature(null, contract.id()));
        events.publishEvent(new EngagementLetterLinked(TenantContext.requireTenantId(), w.onboarding().id(),
                w.step().id(), contract.id(), w.onboarding().clientId()));
        if (contract.status().inForce()) {
            w.step().record(new LetterSignature(signedOn(contract), contract.id()));
            work.complete(w);
        } else {
            work.settle(w, false);
        }
        return w;
    }

    private static boolean workable(Work w) {
        return w.onboarding().status() == OnboardingStatus.IN_PROGRESS
                && (w.step().state() == StepState.OPEN || w.step().state() == StepState.IN_PROGRESS);
    }

    private static @Nullable UUID linkedContract(Work w) {
        LetterSignature letter = w.step().outcome(LetterSignature.class);
        return letter == null ? null : letter.contractId();
    }

    private static boolean linkable(ContractStatus status) {
        return switch (status) {
            case VOIDED, EXPIRED, TERMINATED -> false;
            default -> true;
        };
    }
}

package io.klien.onboarding.internal;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import io.klien.contracts.ContractSigned;
import io.klien.contracts.ContractView;
import io.klien.contracts.ContractVoided;
import io.klien.contracts.Contracts;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Engagement letter steps follow their contracts: a signed contract completes its step, a voided one hands the step
 * to the version that replaced it (or back to staff). Durable: the event registry retries until the step is updated.
 */
@Component
class LettersFollowContracts {

    private final OnboardingStepRepository steps;
    private final EngagementLetterStep letters;
    private final Contracts contracts;
    private final TransactionTemplate ownTransaction;

    LettersFollowContracts(OnboardingStepRepository steps, EngagementLetterStep letters, Contracts contracts,
            PlatformTransactionManager transactionManager) {
        this.steps = steps;
        this.letters = letters;
        this.contracts = contracts;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener(id = "onboarding.letters.signed", propagation = Propagation.NOT_SUPPORTED)
    void on(ContractSigned signed) {
        eachLetterOf(signed.tenantId(), signed.contractId(), stepId -> {
            ContractView contract = contracts.get(signed.contractId());
            letters.contractSigned(stepId, contract);
        });
    }

    @ApplicationModuleListener(id = "onboarding.letters.voided", propagation = Propagation.NOT_SUPPORTED)
    void on(ContractVoided voided) {
        eachLetterOf(voided.tenantId(), voided.contractId(),
                stepId -> letters.contractVoided(stepId, voided.contractId(), voided.replacedBy()));
    }

    /** Each letter step of the contract, in its own transaction in the contract's firm, as the system. */
    private void eachLetterOf(UUID tenantId, UUID contractId, Consumer<UUID> work) {
        TenantContext.runIn(Scope.system(Objects.requireNonNull(tenantId)), () -> {
            var stepIds = ownTransaction.execute(status -> steps.findLetterStepsOf(contractId));
            for (UUID stepId : Objects.requireNonNull(stepIds)) {
                ownTransaction.executeWithoutResult(status -> work.accept(stepId));
            }
        });
    }
}

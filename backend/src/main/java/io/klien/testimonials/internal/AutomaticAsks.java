package io.klien.testimonials.internal;

import java.util.Objects;
import java.util.UUID;

import io.klien.contracts.ContractRenewed;
import io.klien.onboarding.OnboardingCompleted;
import io.klien.projects.DeliverableApproved;
import io.klien.projects.ProjectCompleted;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.testimonials.AskTrigger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for a testimonial once something good for the client committed, when the firm's rules say so (see
 * {@link AskService#askAutomatically}): an approved deliverable (the approving user's contact is asked), a completed
 * project, a renewed contract (the client's primary contact). A completed onboarding is only recorded here; the
 * daily run asks its days later ({@link OnboardingAskRunner}). System work in the event's firm; each event is
 * delivered at least once and asks at most once (by trigger and source).
 */
@Component
class AutomaticAsks {

    private final AskService asks;
    private final TransactionTemplate ownTransaction;

    AutomaticAsks(AskService asks, PlatformTransactionManager transactionManager) {
        this.asks = asks;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener(id = "testimonials.asks.deliverable-approved", propagation = Propagation.NOT_SUPPORTED)
    void on(DeliverableApproved approved) {
        inFirm(approved.tenantId(), () -> asks.askAfterApproval(approved));
    }

    @ApplicationModuleListener(id = "testimonials.asks.project-completed", propagation = Propagation.NOT_SUPPORTED)
    void on(ProjectCompleted completed) {
        inFirm(completed.tenantId(), () -> asks.askAutomatically(AskTrigger.PROJECT_COMPLETED,
                completed.projectId(), completed.clientId(), null));
    }

    @ApplicationModuleListener(id = "testimonials.asks.contract-renewed", propagation = Propagation.NOT_SUPPORTED)
    void on(ContractRenewed renewed) {
        inFirm(renewed.tenantId(), () -> asks.askAutomatically(AskTrigger.CONTRACT_RENEWED,
                renewed.renewalId(), renewed.clientId(), null));
    }

    @ApplicationModuleListener(id = "testimonials.asks.onboarding-completed", propagation = Propagation.NOT_SUPPORTED)
    void on(OnboardingCompleted completed) {
        inFirm(completed.tenantId(), () -> asks.recordOnboardingCompleted(completed));
    }

    private void inFirm(UUID tenantId, Runnable work) {
        TenantContext.runIn(Scope.system(Objects.requireNonNull(tenantId)),
                () -> ownTransaction.executeWithoutResult(status -> work.run()));
    }
}

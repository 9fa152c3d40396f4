package io.klien.testimonials.internal;

import java.util.Objects;

import io.klien.projects.DeliverableApproved;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for a testimonial once the client's approval of a deliverable committed, when the firm's rules say so (see
 * {@link AskService#askAfterApproval}). System work in the event's firm; idempotent per approved version.
 */
@Component
class AsksAfterApproval {

    private final AskService asks;
    private final TransactionTemplate ownTransaction;

    AsksAfterApproval(AskService asks, PlatformTransactionManager transactionManager) {
        this.asks = asks;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener(id = "testimonials.asks.deliverable-approved", propagation = Propagation.NOT_SUPPORTED)
    void on(DeliverableApproved approved) {
        TenantContext.runIn(Scope.system(Objects.requireNonNull(approved.tenantId())),
                () -> ownTransaction.executeWithoutResult(status -> asks.askAfterApproval(approved)));
    }
}

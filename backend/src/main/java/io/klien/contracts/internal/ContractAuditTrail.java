package io.klien.contracts.internal;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.contracts.ContractEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every contract event in the firm's audit chain. Synchronous on purpose: the entry commits or rolls back with
 * the change it describes.
 */
@Component
class ContractAuditTrail {

    private final AuditLog audit;

    ContractAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ContractEvent event) {
        audit.record(new AuditRecord(event.auditAction(), "contract", event.contractId().toString(), null,
                event.auditDetails()));
    }
}

package io.klien.leads.internal;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.leads.LeadConverted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records lead conversions in the firm's audit log: which lead became (or was linked to) which client. Synchronous on
 * purpose: the entry commits or rolls back with the conversion it describes.
 */
@Component
class LeadsAuditTrail {

    private final AuditLog audit;

    LeadsAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(LeadConverted converted) {
        audit.record(new AuditRecord("lead.converted", "lead", converted.leadId().toString(), "client=none",
                "client=" + converted.clientId() + ", returningCustomer=" + converted.returningCustomer()));
    }
}

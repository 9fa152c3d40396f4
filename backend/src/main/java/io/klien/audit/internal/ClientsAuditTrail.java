package io.klien.audit.internal;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.clients.ClientsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records client merges in the firm's audit log, in the merge's transaction (the duplicate is gone afterwards). */
@Component
class ClientsAuditTrail {

    private final AuditLog audit;

    ClientsAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ClientsMerged merged) {
        audit.record(new AuditRecord("client.merged", "client", merged.survivorId().toString(),
                "duplicate=" + merged.mergedId(), "survivor=" + merged.survivorId()));
    }
}

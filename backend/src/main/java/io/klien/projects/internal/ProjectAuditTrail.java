package io.klien.projects.internal;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.projects.ProjectEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every project event in the firm's audit chain, in the transaction of the change it describes. */
@Component
class ProjectAuditTrail {

    private final AuditLog audit;

    ProjectAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ProjectEvent event) {
        audit.record(new AuditRecord(event.auditAction(), "project", event.projectId().toString(), null,
                event.auditDetails()));
    }
}

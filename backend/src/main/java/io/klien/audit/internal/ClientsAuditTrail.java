package io.klien.audit.internal;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.clients.ClientContactChanged;
import io.klien.clients.ClientStatusChanged;
import io.klien.clients.ClientTeamChanged;
import io.klien.clients.ClientUpdated;
import io.klien.clients.ClientsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what happens to client records in the firm's audit log: edits (the changed fields before and after), status
 * changes, contacts, representative and account team, merges. Synchronous on purpose: the entry commits or rolls back
 * with the change it describes (a merged duplicate is gone afterwards).
 */
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

    @EventListener
    void on(ClientUpdated updated) {
        audit.record(new AuditRecord("client.updated", "client", updated.clientId().toString(), updated.before(),
                updated.after()));
    }

    @EventListener
    void on(ClientStatusChanged changed) {
        audit.record(new AuditRecord("client.status-changed", "client", changed.clientId().toString(),
                changed.from() == null ? null : "status=" + changed.from(), "status=" + changed.to()));
    }

    @EventListener
    void on(ClientContactChanged changed) {
        String action = switch (changed.change()) {
            case ADDED -> "client.contact-added";
            case UPDATED -> "client.contact-updated";
            case MADE_PRIMARY -> "client.contact-made-primary";
        };
        audit.record(new AuditRecord(action, "client-contact", changed.contactId().toString(),
                changed.before(), "client=" + changed.clientId() + ", " + changed.after()));
    }

    @EventListener
    void on(ClientTeamChanged changed) {
        String action = switch (changed.change()) {
            case REPRESENTATIVE -> "client.representative-changed";
            case MEMBER_ADDED -> "client.team-member-added";
            case MEMBER_REMOVED -> "client.team-member-removed";
        };
        String field = changed.change() == ClientTeamChanged.Change.REPRESENTATIVE ? "representative=" : "member=";
        audit.record(new AuditRecord(action, "client", changed.clientId().toString(),
                changed.before() == null ? null : field + changed.before(),
                changed.after() == null ? null : field + changed.after()));
    }
}

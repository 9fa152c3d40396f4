package io.klien.audit.internal;

import java.util.UUID;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.InvitationAccepted;
import io.klien.tenancy.MembershipChanged;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.TenantCreated;
import io.klien.tenancy.TenantRebranded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the tenancy module's changes in the firm's audit log. Synchronous on purpose: the entry commits or rolls
 * back with the change it describes.
 */
@Component
class TenancyAuditTrail {

    private final AuditLog audit;

    TenancyAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(TenantCreated event) {
        inTenant(event.tenantId(), new AuditRecord("tenant.created", "tenant", event.tenantId().toString(), null,
                "slug=" + event.slug() + ", name=" + event.name()));
    }

    @EventListener
    void on(MembershipChanged event) {
        inTenant(event.tenantId(), new AuditRecord(membershipAction(event), "membership",
                event.membershipId().toString(), event.before(), event.after()));
    }

    @EventListener
    void on(TenantRebranded event) {
        inTenant(event.tenantId(), new AuditRecord("branding.changed", "tenant", event.tenantId().toString(),
                event.before(), event.after()));
    }

    @EventListener
    void on(InvitationAccepted event) {
        inTenant(event.tenantId(), new AuditRecord("invitation.accepted", "membership", event.membershipId().toString(),
                "status=INVITED", "status=ACTIVE, role=" + event.role()
                        + (event.clientId() == null ? "" : ", client=" + event.clientId())));
    }

    static String membershipAction(MembershipChanged event) {
        return switch (event.change()) {
            case "added" -> "membership.added";
            case "role" -> "membership.role-changed";
            case "status" -> MembershipStatus.DEACTIVATED.name().equals(event.after())
                    ? "membership.deactivated" : "membership.status-changed";
            default -> "membership." + event.change();
        };
    }

    /**
     * Records in the event's firm. When the acting scope is in another firm or none (a platform operator creating a
     * firm), the entry is written as system work for the event's firm, keeping the acting person as the actor.
     */
    private void inTenant(UUID tenantId, AuditRecord record) {
        Scope acting = TenantContext.current().orElse(null);
        if (acting != null && tenantId.equals(acting.tenantId())) {
            audit.record(record);
            return;
        }
        Scope scope = acting == null || acting.subject() == null ? Scope.system(tenantId)
                : new Scope(tenantId, acting.subject(), null, null, acting.platformAdmin(), true);
        TenantContext.callIn(scope, () -> audit.record(record));
    }
}

package io.klien.projects.internal;

import java.util.UUID;

import io.klien.projects.SlaTargets;
import io.klien.projects.SupportPriority;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The firm's targets for a priority ({@code clientId} null), or one client's own. */
@Entity
@Table(name = "service_level_target")
class ServiceLevelTarget extends TenantOwnedEntity {

    @Column(name = "client_id", updatable = false)
    private @Nullable UUID clientId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SupportPriority priority;
    @Column(name = "first_response_minutes")
    private int firstResponseMinutes;
    @Column(name = "resolution_minutes")
    private int resolutionMinutes;

    protected ServiceLevelTarget() {
        this.priority = SupportPriority.NORMAL;
    }

    static ServiceLevelTarget of(@Nullable UUID clientId, SupportPriority priority, SlaTargets targets) {
        ServiceLevelTarget t = new ServiceLevelTarget();
        t.clientId = clientId;
        t.priority = priority;
        t.set(targets);
        return t;
    }

    void set(SlaTargets targets) {
        this.firstResponseMinutes = targets.firstResponseMinutes();
        this.resolutionMinutes = targets.resolutionMinutes();
    }

    @Nullable UUID clientId() {
        return clientId;
    }

    SupportPriority priority() {
        return priority;
    }

    SlaTargets targets() {
        return new SlaTargets(firstResponseMinutes, resolutionMinutes);
    }
}

package io.klien.leads.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.leads.IncentiveStatus;
import io.klien.leads.IncentiveType;
import io.klien.leads.IncentiveView;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "lead_incentive")
class LeadIncentive extends TenantOwnedEntity {

    @Column(name = "lead_id", updatable = false)
    private UUID leadId;
    @Enumerated(EnumType.STRING)
    private IncentiveType type;
    @Enumerated(EnumType.STRING)
    private IncentiveStatus status;
    private @Nullable String note;
    @Column(name = "offered_at", updatable = false)
    private Instant offeredAt;

    protected LeadIncentive() {
        this.leadId = new UUID(0, 0);
        this.type = IncentiveType.GIFT;
        this.status = IncentiveStatus.OFFERED;
        this.offeredAt = Instant.EPOCH;
    }

    public static LeadIncentive offer(UUID leadId, IncentiveType type, @Nullable String note, Instant at) {
        LeadIncentive i = new LeadIncentive();
        i.leadId = leadId;
        i.type = type;
        i.note = note;
        i.offeredAt = at;
        return i;
    }

    public void changeStatus(IncentiveStatus newStatus) {
        this.status = newStatus;
    }

    public IncentiveView toView() {
        return new IncentiveView(id(), leadId, type, status, note, offeredAt);
    }
}

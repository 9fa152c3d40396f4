package io.klien.clients.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.clients.ClientStatus;
import io.klien.clients.StatusChangeView;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "client_status_change")
class ClientStatusChange extends TenantOwnedEntity {

    @Column(name = "client_id")
    private UUID clientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable ClientStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ClientStatus toStatus;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private @Nullable String changedBy;

    protected ClientStatusChange() {
        this.clientId = new UUID(0, 0);
        this.toStatus = ClientStatus.ACTIVE;
        this.changedAt = Instant.EPOCH;
    }

    public static ClientStatusChange of(UUID clientId, @Nullable ClientStatus from, ClientStatus to, Instant at,
            @Nullable String by) {
        ClientStatusChange c = new ClientStatusChange();
        c.clientId = clientId;
        c.fromStatus = from;
        c.toStatus = to;
        c.changedAt = at;
        c.changedBy = by;
        return c;
    }

    public StatusChangeView toView() {
        return new StatusChangeView(fromStatus, toStatus, changedAt, changedBy);
    }
}

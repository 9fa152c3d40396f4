package io.klien.shared.tenant;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * What every tenant-owned row has: the tenant (filled and filtered by Hibernate from the active tenant), an id
 * (the table's key is {@code (tenant_id, id)}), and a version for optimistic locking.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Id
    private UUID id;

    @Version
    private long version;

    protected TenantOwnedEntity() {
        this.id = UUID.randomUUID();
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }
}

package io.klien.contracts.internal;

import java.time.Instant;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A contract template: its versions hold the text; seeded ones carry the seed key they were created under. */
@Entity
@Table(name = "contract_template")
class ContractTemplate extends TenantOwnedEntity {

    @Column(name = "seed_key", updatable = false)
    private @Nullable String seedKey;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ContractTemplate() {
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public static ContractTemplate create(@Nullable String seedKey, Instant at) {
        ContractTemplate t = new ContractTemplate();
        t.seedKey = seedKey;
        t.createdAt = at;
        t.updatedAt = at;
        return t;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }
}

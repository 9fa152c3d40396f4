package io.klien.onboarding.internal;

import java.time.Instant;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A template as one thing across its versions; its version number guards the editor against stale saves. */
@Entity
@Table(name = "onboarding_template")
class OnboardingTemplate extends TenantOwnedEntity {

    @Column(name = "seed_key", updatable = false)
    private @Nullable String seedKey;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected OnboardingTemplate() {
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public static OnboardingTemplate create(@Nullable String seedKey, Instant at) {
        OnboardingTemplate t = new OnboardingTemplate();
        t.seedKey = seedKey;
        t.createdAt = at;
        t.updatedAt = at;
        return t;
    }

    /** Marks a change, so the version advances and copies opened before it are stale. */
    public void touch(Instant at) {
        this.updatedAt = at.isAfter(updatedAt) ? at : updatedAt.plusNanos(1000);
    }
}

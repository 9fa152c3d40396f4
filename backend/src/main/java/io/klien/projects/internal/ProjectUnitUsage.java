package io.klien.projects.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.contracts.Quota;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Units of a quota counted by hand (meetings) used on a day. */
@Entity
@Table(name = "project_unit_usage")
class ProjectUnitUsage extends TenantOwnedEntity {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Quota.Unit unit;
    @Column(updatable = false)
    private BigDecimal amount;
    @Column(name = "used_on", updatable = false)
    private LocalDate usedOn;
    @Column(updatable = false)
    private @Nullable String note;
    @Column(name = "logged_by", updatable = false)
    private @Nullable String loggedBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected ProjectUnitUsage() {
        this.projectId = new UUID(0, 0);
        this.unit = Quota.Unit.MEETINGS;
        this.amount = BigDecimal.ZERO;
        this.usedOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    static ProjectUnitUsage of(UUID projectId, Quota.Unit unit, BigDecimal amount, LocalDate usedOn,
            @Nullable String note, @Nullable String loggedBy, Instant now) {
        ProjectUnitUsage u = new ProjectUnitUsage();
        u.projectId = projectId;
        u.unit = unit;
        u.amount = amount;
        u.usedOn = usedOn;
        u.note = note;
        u.loggedBy = loggedBy;
        u.createdAt = now;
        return u;
    }
}

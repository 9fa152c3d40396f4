package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A quota line of a project reached 80 or 100% in a period (a month as "2027-03", or the whole contract): written once
 * by the usage check when it announces the threshold, read by the projects list's "over quota" filter.
 */
@Entity
@Immutable
@Table(name = "project_quota_threshold")
class ProjectQuotaThreshold extends TenantOwnedEntity {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(updatable = false)
    private String unit;
    @Column(updatable = false)
    private String period;
    @Column(updatable = false)
    private int percent;
    @Column(name = "reached_at", updatable = false)
    private Instant reachedAt;

    protected ProjectQuotaThreshold() {
        this.projectId = new UUID(0, 0);
        this.unit = "";
        this.period = "";
        this.reachedAt = Instant.EPOCH;
    }
}

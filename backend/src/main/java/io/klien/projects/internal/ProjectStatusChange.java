package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.projects.ProjectStatus;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One change of a project's status; kept for good (the app may not change or remove it). */
@Entity
@Table(name = "project_status_change")
class ProjectStatusChange extends TenantOwnedEntity {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private @Nullable ProjectStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private ProjectStatus to;
    @Column(updatable = false)
    private @Nullable String reason;
    @Column(name = "changed_by", updatable = false)
    private @Nullable String changedBy;
    @Column(name = "changed_at", updatable = false)
    private Instant changedAt;

    protected ProjectStatusChange() {
        this.projectId = new UUID(0, 0);
        this.to = ProjectStatus.ON_TRACK;
        this.changedAt = Instant.EPOCH;
    }

    static ProjectStatusChange of(UUID projectId, @Nullable ProjectStatus from, ProjectStatus to,
            @Nullable String reason, @Nullable String changedBy, Instant at) {
        ProjectStatusChange c = new ProjectStatusChange();
        c.projectId = projectId;
        c.from = from;
        c.to = to;
        c.reason = reason;
        c.changedBy = changedBy;
        c.changedAt = at;
        return c;
    }

    @Nullable ProjectStatus from() {
        return from;
    }

    ProjectStatus to() {
        return to;
    }

    @Nullable String reason() {
        return reason;
    }

    @Nullable String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }
}

package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Something a project delivers to the client for review, in versions. */
@Entity
@Table(name = "project_deliverable")
class Deliverable extends TenantOwnedEntity {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "milestone_id")
    private @Nullable UUID milestoneId;
    private String title;
    private @Nullable String description;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;

    protected Deliverable() {
        this.projectId = new UUID(0, 0);
        this.title = "";
        this.createdAt = Instant.EPOCH;
    }

    static Deliverable of(UUID projectId, @Nullable UUID milestoneId, String title, @Nullable String description,
            @Nullable String by, Instant now) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("title", "projects.deliverable.title-required");
        }
        if (clean.length() > Project.TITLE_MAX) {
            throw DomainException.onField("title", "projects.title.too-long", Project.TITLE_MAX);
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > ProjectMilestone.DESCRIPTION_MAX) {
            throw DomainException.onField("description", "projects.description.too-long",
                    ProjectMilestone.DESCRIPTION_MAX);
        }
        Deliverable d = new Deliverable();
        d.projectId = projectId;
        d.milestoneId = milestoneId;
        d.title = clean;
        d.description = text;
        d.createdBy = by;
        d.createdAt = now;
        return d;
    }

    UUID projectId() {
        return projectId;
    }

    @Nullable UUID milestoneId() {
        return milestoneId;
    }

    String title() {
        return title;
    }

    @Nullable String description() {
        return description;
    }
}

package io.klien.projects.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A milestone of a project's plan, at a position; completed once. */
@Entity
@Table(name = "project_milestone")
class ProjectMilestone extends TenantOwnedEntity {

    static final int DESCRIPTION_MAX = 2000;

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    private int position;
    private String title;
    private @Nullable String description;
    private boolean deliverable;
    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;
    @Column(name = "completed_at")
    private @Nullable Instant completedAt;
    @Column(name = "completed_by")
    private @Nullable String completedBy;

    protected ProjectMilestone() {
        this.projectId = new UUID(0, 0);
        this.title = "";
    }

    static ProjectMilestone of(UUID projectId, int position, String title, @Nullable String description,
            boolean deliverable, @Nullable LocalDate dueOn) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("title", "projects.milestone.title-required");
        }
        if (clean.length() > Project.TITLE_MAX) {
            throw DomainException.onField("title", "projects.title.too-long", Project.TITLE_MAX);
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > DESCRIPTION_MAX) {
            throw DomainException.onField("description", "projects.description.too-long", DESCRIPTION_MAX);
        }
        ProjectMilestone m = new ProjectMilestone();
        m.projectId = projectId;
        m.position = position;
        m.title = clean;
        m.description = text;
        m.deliverable = deliverable;
        m.dueOn = dueOn;
        return m;
    }

    void complete(@Nullable String by, Instant at) {
        if (completedAt != null) {
            throw new DomainException("projects.milestone.already-completed");
        }
        completedAt = at;
        completedBy = by;
    }

    UUID projectId() {
        return projectId;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    @Nullable String description() {
        return description;
    }

    boolean deliverable() {
        return deliverable;
    }

    @Nullable LocalDate dueOn() {
        return dueOn;
    }

    @Nullable Instant completedAt() {
        return completedAt;
    }
}

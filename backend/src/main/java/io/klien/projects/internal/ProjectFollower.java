package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A client user's choice to follow a project's updates or not; without one, they follow. */
@Entity
@Table(name = "project_follower")
class ProjectFollower extends TenantOwnedEntity {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(updatable = false)
    private String subject;
    private boolean following;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ProjectFollower() {
        this.projectId = new UUID(0, 0);
        this.subject = "";
        this.changedAt = Instant.EPOCH;
    }

    static ProjectFollower of(UUID projectId, String subject, boolean following, Instant now) {
        ProjectFollower f = new ProjectFollower();
        f.projectId = projectId;
        f.subject = subject;
        f.following = following;
        f.changedAt = now;
        return f;
    }

    void following(boolean following, Instant now) {
        this.following = following;
        this.changedAt = now;
    }

    String subject() {
        return subject;
    }

    boolean following() {
        return following;
    }
}

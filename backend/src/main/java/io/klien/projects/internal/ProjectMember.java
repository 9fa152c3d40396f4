package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.projects.ProjectRole;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A colleague on a project's team. */
@Entity
@Table(name = "project_member")
class ProjectMember extends TenantOwnedEntity {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "member_subject", updatable = false)
    private String subject;
    @Enumerated(EnumType.STRING)
    private ProjectRole role;
    @Column(name = "added_at", updatable = false)
    private Instant addedAt;

    protected ProjectMember() {
        this.projectId = new UUID(0, 0);
        this.subject = "";
        this.role = ProjectRole.MEMBER;
        this.addedAt = Instant.EPOCH;
    }

    static ProjectMember of(UUID projectId, String subject, ProjectRole role, Instant at) {
        ProjectMember m = new ProjectMember();
        m.projectId = projectId;
        m.subject = subject;
        m.role = role;
        m.addedAt = at;
        return m;
    }

    UUID projectId() {
        return projectId;
    }

    String subject() {
        return subject;
    }

    ProjectRole role() {
        return role;
    }

    void role(ProjectRole role) {
        this.role = role;
    }
}

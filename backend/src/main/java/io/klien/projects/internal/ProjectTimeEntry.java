package io.klien.projects.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Time a team member worked on a project on one day. */
@Entity
@Table(name = "project_time_entry")
class ProjectTimeEntry extends TenantOwnedEntity {

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "member_subject", updatable = false)
    private String memberSubject;
    @Column(name = "work_date", updatable = false)
    private LocalDate workDate;
    @Column(updatable = false)
    private int minutes;
    @Column(updatable = false)
    private boolean billable;
    @Column(name = "task_id", updatable = false)
    private @Nullable UUID taskId;
    @Column(name = "deliverable_id", updatable = false)
    private @Nullable UUID deliverableId;
    @Column(updatable = false)
    private @Nullable String note;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected ProjectTimeEntry() {
        this.projectId = new UUID(0, 0);
        this.memberSubject = "";
        this.workDate = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    static ProjectTimeEntry of(UUID projectId, String memberSubject, LocalDate workDate, int minutes,
            boolean billable, @Nullable UUID taskId, @Nullable UUID deliverableId, @Nullable String note,
            Instant now) {
        ProjectTimeEntry e = new ProjectTimeEntry();
        e.projectId = projectId;
        e.memberSubject = memberSubject;
        e.workDate = workDate;
        e.minutes = minutes;
        e.billable = billable;
        e.taskId = taskId;
        e.deliverableId = deliverableId;
        e.note = note;
        e.createdAt = now;
        return e;
    }

    UUID projectId() {
        return projectId;
    }

    String memberSubject() {
        return memberSubject;
    }

    LocalDate workDate() {
        return workDate;
    }

    int minutes() {
        return minutes;
    }

    boolean billable() {
        return billable;
    }

    @Nullable UUID taskId() {
        return taskId;
    }

    @Nullable UUID deliverableId() {
        return deliverableId;
    }

    @Nullable String note() {
        return note;
    }
}

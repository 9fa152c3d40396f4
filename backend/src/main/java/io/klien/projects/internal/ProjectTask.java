package io.klien.projects.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.projects.TaskState;
import io.klien.projects.TaskVisibility;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A task of a project: a colleague's, a client contact's (always shared) or nobody's yet. */
@Entity
@Table(name = "project_task")
class ProjectTask extends TenantOwnedEntity {

    static final int DESCRIPTION_MAX = 4000;

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "milestone_id")
    private @Nullable UUID milestoneId;
    private String title;
    private @Nullable String description;
    @Enumerated(EnumType.STRING)
    private TaskVisibility visibility;
    @Column(name = "assignee_subject")
    private @Nullable String assigneeSubject;
    @Column(name = "assignee_contact_id")
    private @Nullable UUID assigneeContactId;
    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private TaskState state;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;
    @Column(name = "completed_at")
    private @Nullable Instant completedAt;
    @Column(name = "completed_by")
    private @Nullable String completedBy;

    protected ProjectTask() {
        this.projectId = new UUID(0, 0);
        this.title = "";
        this.visibility = TaskVisibility.INTERNAL;
        this.state = TaskState.OPEN;
        this.createdAt = Instant.EPOCH;
    }

    static ProjectTask of(UUID projectId, @Nullable UUID milestoneId, String title, @Nullable String description,
            TaskVisibility visibility, @Nullable String assigneeSubject, @Nullable UUID assigneeContactId,
            @Nullable LocalDate dueOn, @Nullable String createdBy, Instant now) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("title", "projects.task.title-required");
        }
        if (clean.length() > Project.TITLE_MAX) {
            throw DomainException.onField("title", "projects.title.too-long", Project.TITLE_MAX);
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > DESCRIPTION_MAX) {
            throw DomainException.onField("description", "projects.description.too-long", DESCRIPTION_MAX);
        }
        if (assigneeSubject != null && assigneeContactId != null) {
            throw DomainException.onField("assignee", "projects.task.one-assignee");
        }
        if (assigneeContactId != null && visibility != TaskVisibility.SHARED) {
            throw DomainException.onField("visibility", "projects.task.client-task-shared");
        }
        ProjectTask t = new ProjectTask();
        t.projectId = projectId;
        t.milestoneId = milestoneId;
        t.title = clean;
        t.description = text;
        t.visibility = visibility;
        t.assigneeSubject = assigneeSubject;
        t.assigneeContactId = assigneeContactId;
        t.dueOn = dueOn;
        t.createdBy = createdBy;
        t.createdAt = now;
        return t;
    }

    void moveTo(TaskState next, @Nullable String by, Instant at) {
        if (next == state) {
            throw new DomainException("projects.task.state-unchanged");
        }
        state = next;
        completedAt = next == TaskState.DONE ? at : null;
        completedBy = next == TaskState.DONE ? by : null;
    }

    void replan(@Nullable String subject, @Nullable UUID contactId, @Nullable LocalDate due) {
        if (subject != null && contactId != null) {
            throw DomainException.onField("assignee", "projects.task.one-assignee");
        }
        if (contactId != null && visibility != TaskVisibility.SHARED) {
            throw DomainException.onField("assignee", "projects.task.client-task-shared");
        }
        assigneeSubject = subject;
        assigneeContactId = contactId;
        dueOn = due;
    }

    void visibility(TaskVisibility next) {
        if (next == TaskVisibility.INTERNAL && assigneeContactId != null) {
            throw DomainException.onField("visibility", "projects.task.client-task-shared");
        }
        visibility = next;
    }

    boolean shared() {
        return visibility == TaskVisibility.SHARED;
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

    TaskVisibility visibility() {
        return visibility;
    }

    @Nullable String assigneeSubject() {
        return assigneeSubject;
    }

    @Nullable UUID assigneeContactId() {
        return assigneeContactId;
    }

    @Nullable LocalDate dueOn() {
        return dueOn;
    }

    TaskState state() {
        return state;
    }

    @Nullable Instant completedAt() {
        return completedAt;
    }
}

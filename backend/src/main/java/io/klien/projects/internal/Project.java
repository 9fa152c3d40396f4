package io.klien.projects.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.projects.Budget;
import io.klien.projects.ProjectCompleted;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectStatusChanged;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A project for a client. Its status changes through {@link #changeStatus}, which guards the rules and records why. */
@Entity
@Table(name = "project")
class Project extends TenantOwnedAggregate {

    static final int TITLE_MAX = 200;
    static final int REASON_MAX = 1000;

    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "contract_id", updatable = false)
    private @Nullable UUID contractId;
    @Enumerated(EnumType.STRING)
    private ProjectKind kind;
    private String title;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    @Column(name = "status_reason")
    private @Nullable String statusReason;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;
    @JdbcTypeCode(SqlTypes.JSON)
    private Budget budget;
    @Column(name = "lead_subject")
    private String leadSubject;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;
    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    protected Project() {
        this.clientId = new UUID(0, 0);
        this.kind = ProjectKind.PROJECT;
        this.title = "";
        this.status = ProjectStatus.ON_TRACK;
        this.startsOn = LocalDate.EPOCH;
        this.budget = Budget.NONE;
        this.leadSubject = "";
        this.createdAt = Instant.EPOCH;
    }

    static Project start(UUID clientId, @Nullable UUID contractId, ProjectKind kind, String title, LocalDate startsOn,
            @Nullable LocalDate endsOn, Budget budget, String leadSubject, @Nullable String createdBy,
            Instant now) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("title", "projects.title.required");
        }
        if (clean.length() > TITLE_MAX) {
            throw DomainException.onField("title", "projects.title.too-long", TITLE_MAX);
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw DomainException.onField("endsOn", "projects.ends-before-start");
        }
        Project p = new Project();
        p.clientId = clientId;
        p.contractId = contractId;
        p.kind = kind;
        p.title = clean;
        p.startsOn = startsOn;
        p.endsOn = endsOn;
        p.budget = budget;
        p.leadSubject = leadSubject;
        p.createdBy = createdBy;
        p.createdAt = now;
        return p;
    }

    /**
     * Sets the status. At risk, off track and on hold need a reason; a done project stays done. Returns the status
     * it had, for the history.
     */
    ProjectStatus changeStatus(ProjectStatus next, @Nullable String reason, Instant now) {
        String clean = reason == null || reason.isBlank() ? null : reason.strip();
        if (next.needsReason() && clean == null) {
            throw DomainException.onField("reason", "projects.status.reason-required");
        }
        if (clean != null && clean.length() > REASON_MAX) {
            throw DomainException.onField("reason", "projects.status.reason-too-long", REASON_MAX);
        }
        if (status == ProjectStatus.DONE) {
            throw new DomainException("projects.done");
        }
        if (next == status && java.util.Objects.equals(clean, statusReason)) {
            throw new DomainException("projects.status.unchanged");
        }
        ProjectStatus before = status;
        status = next;
        statusReason = clean;
        registerEvent(new ProjectStatusChanged(tenantId(), id(), clientId, before, next, clean));
        if (next == ProjectStatus.DONE) {
            completedAt = now;
            registerEvent(new ProjectCompleted(tenantId(), id(), clientId));
        }
        return before;
    }

    void requireOpen() {
        if (status == ProjectStatus.DONE) {
            throw new DomainException("projects.done");
        }
    }

    void lead(String subject) {
        this.leadSubject = subject;
    }

    UUID clientId() {
        return clientId;
    }

    @Nullable UUID contractId() {
        return contractId;
    }

    ProjectKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    ProjectStatus status() {
        return status;
    }

    @Nullable String statusReason() {
        return statusReason;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    @Nullable LocalDate endsOn() {
        return endsOn;
    }

    Budget budget() {
        return budget;
    }

    String leadSubject() {
        return leadSubject;
    }

    Instant createdAt() {
        return createdAt;
    }
}

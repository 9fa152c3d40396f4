package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.projects.SupportPriority;
import io.klien.projects.SupportState;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A client's support request and its service-level clocks. A breach is kept as the instant the target passed, recorded
 * once: by the scheduled check while the request waits, or by the late reply or resolution itself.
 */
@Entity
@Table(name = "support_request")
class SupportRequest extends TenantOwnedEntity {

    static final int CATEGORY_MAX = 100;
    static final int DESCRIPTION_MAX = 4000;

    @Column(updatable = false)
    private long number;
    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "project_id", updatable = false)
    private @Nullable UUID projectId;
    @Column(updatable = false)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SupportPriority priority;
    @Column(updatable = false)
    private String description;
    @Enumerated(EnumType.STRING)
    private SupportState state;
    @Column(name = "raised_by", updatable = false)
    private @Nullable String raisedBy;
    @Column(name = "raised_at", updatable = false)
    private Instant raisedAt;
    @Column(name = "assignee_subject")
    private @Nullable String assignee;
    @Column(name = "first_response_due", updatable = false)
    private Instant firstResponseDue;
    @Column(name = "first_responded_at")
    private @Nullable Instant firstRespondedAt;
    @Column(name = "first_response_breached_at")
    private @Nullable Instant firstResponseBreachedAt;
    @Column(name = "resolution_due")
    private Instant resolutionDue;
    @Column(name = "resolution_breached_at")
    private @Nullable Instant resolutionBreachedAt;
    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;
    @Column(name = "reopen_count")
    private int reopenCount;

    protected SupportRequest() {
        this.clientId = new UUID(0, 0);
        this.category = "";
        this.priority = SupportPriority.NORMAL;
        this.description = "";
        this.state = SupportState.OPEN;
        this.raisedAt = Instant.EPOCH;
        this.firstResponseDue = Instant.EPOCH;
        this.resolutionDue = Instant.EPOCH;
    }

    static SupportRequest raised(long number, UUID clientId, @Nullable UUID projectId, @Nullable String category,
            SupportPriority priority, @Nullable String description, @Nullable String raisedBy, Instant now,
            Instant firstResponseDue, Instant resolutionDue) {
        String cleanCategory = category == null ? "" : category.strip();
        if (cleanCategory.isEmpty()) {
            throw DomainException.onField("category", "projects.support.category-empty");
        }
        if (cleanCategory.length() > CATEGORY_MAX) {
            throw DomainException.onField("category", "projects.description.too-long", CATEGORY_MAX);
        }
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanDescription.isEmpty()) {
            throw DomainException.onField("description", "projects.support.description-empty");
        }
        if (cleanDescription.length() > DESCRIPTION_MAX) {
            throw DomainException.onField("description", "projects.description.too-long", DESCRIPTION_MAX);
        }
        SupportRequest r = new SupportRequest();
        r.number = number;
        r.clientId = clientId;
        r.projectId = projectId;
        r.category = cleanCategory;
        r.priority = priority;
        r.description = cleanDescription;
        r.state = SupportState.OPEN;
        r.raisedBy = raisedBy;
        r.raisedAt = now;
        r.firstResponseDue = firstResponseDue;
        r.resolutionDue = resolutionDue;
        return r;
    }

    void assign(@Nullable String subject) {
        requireNotClosed();
        this.assignee = subject;
    }

    /** The firm answered: the first answer stops the first-response clock (late, it records the breach). */
    void firmReplied(Instant now) {
        requireNotClosed();
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
            if (now.isAfter(firstResponseDue) && firstResponseBreachedAt == null) {
                firstResponseBreachedAt = firstResponseDue;
            }
        }
    }

    void resolve(Instant now) {
        if (state != SupportState.OPEN) {
            throw new DomainException("projects.support.not-open");
        }
        firmReplied(now);
        if (now.isAfter(resolutionDue) && resolutionBreachedAt == null) {
            resolutionBreachedAt = resolutionDue;
        }
        state = SupportState.RESOLVED;
        resolvedAt = now;
    }

    void confirm(Instant now) {
        if (state != SupportState.RESOLVED) {
            throw new DomainException("projects.support.not-resolved");
        }
        state = SupportState.CLOSED;
        closedAt = now;
    }

    /** Open again; the resolution clock resumes with the business time it had left ({@code newResolutionDue}). */
    void reopen(Instant newResolutionDue) {
        if (state != SupportState.RESOLVED) {
            throw new DomainException("projects.support.not-resolved");
        }
        state = SupportState.OPEN;
        resolvedAt = null;
        resolutionDue = newResolutionDue;
        reopenCount++;
    }

    /** Records the targets passed by {@code now} while the request waited; returns how many it recorded. */
    int recordBreaches(Instant now) {
        if (state != SupportState.OPEN) {
            return 0;
        }
        int recorded = 0;
        if (firstRespondedAt == null && firstResponseBreachedAt == null && now.isAfter(firstResponseDue)) {
            firstResponseBreachedAt = firstResponseDue;
            recorded++;
        }
        if (resolutionBreachedAt == null && now.isAfter(resolutionDue)) {
            resolutionBreachedAt = resolutionDue;
            recorded++;
        }
        return recorded;
    }

    private void requireNotClosed() {
        if (state == SupportState.CLOSED) {
            throw new DomainException("projects.support.closed");
        }
    }

    long number() {
        return number;
    }

    UUID clientId() {
        return clientId;
    }

    @Nullable UUID projectId() {
        return projectId;
    }

    String category() {
        return category;
    }

    SupportPriority priority() {
        return priority;
    }

    String description() {
        return description;
    }

    SupportState state() {
        return state;
    }

    @Nullable String raisedBy() {
        return raisedBy;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    @Nullable String assignee() {
        return assignee;
    }

    Instant firstResponseDue() {
        return firstResponseDue;
    }

    @Nullable Instant firstRespondedAt() {
        return firstRespondedAt;
    }

    @Nullable Instant firstResponseBreachedAt() {
        return firstResponseBreachedAt;
    }

    Instant resolutionDue() {
        return resolutionDue;
    }

    @Nullable Instant resolutionBreachedAt() {
        return resolutionBreachedAt;
    }

    @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    int reopenCount() {
        return reopenCount;
    }
}

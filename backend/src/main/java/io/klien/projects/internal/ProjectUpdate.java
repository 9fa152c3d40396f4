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

/** A status update the team posted on a project; posted once, never edited. */
@Entity
@Table(name = "project_update")
class ProjectUpdate extends TenantOwnedEntity {

    static final int TEXT_MAX = 4000;

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "author_subject", updatable = false)
    private @Nullable String authorSubject;
    @Column(name = "author_name", updatable = false)
    private String authorName;
    @Column(name = "period_from", updatable = false)
    private @Nullable LocalDate periodFrom;
    @Column(name = "period_to", updatable = false)
    private @Nullable LocalDate periodTo;
    @Column(updatable = false)
    private String done;
    @Column(name = "next_steps", updatable = false)
    private @Nullable String next;
    @Column(updatable = false)
    private @Nullable String risks;
    @Column(name = "internal_note", updatable = false)
    private @Nullable String internalNote;
    @Column(name = "posted_at", updatable = false)
    private Instant postedAt;

    protected ProjectUpdate() {
        this.projectId = new UUID(0, 0);
        this.authorName = "";
        this.done = "";
        this.postedAt = Instant.EPOCH;
    }

    static ProjectUpdate of(UUID projectId, @Nullable String authorSubject, String authorName, String done,
            @Nullable String next, @Nullable String risks, @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo, @Nullable String internalNote, Instant now) {
        String cleanDone = text(done, "done");
        if (cleanDone == null) {
            throw DomainException.onField("done", "projects.update.done-required");
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw DomainException.onField("periodTo", "projects.update.period-backwards");
        }
        ProjectUpdate u = new ProjectUpdate();
        u.projectId = projectId;
        u.authorSubject = authorSubject;
        u.authorName = authorName;
        u.done = cleanDone;
        u.next = text(next, "next");
        u.risks = text(risks, "risks");
        u.periodFrom = periodFrom;
        u.periodTo = periodTo;
        u.internalNote = text(internalNote, "internalNote");
        u.postedAt = now;
        return u;
    }

    private static @Nullable String text(@Nullable String value, String field) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > TEXT_MAX) {
            throw DomainException.onField(field, "projects.description.too-long", TEXT_MAX);
        }
        return clean.isEmpty() ? null : clean;
    }

    UUID projectId() {
        return projectId;
    }

    @Nullable String authorSubject() {
        return authorSubject;
    }

    String authorName() {
        return authorName;
    }

    @Nullable LocalDate periodFrom() {
        return periodFrom;
    }

    @Nullable LocalDate periodTo() {
        return periodTo;
    }

    String done() {
        return done;
    }

    @Nullable String next() {
        return next;
    }

    @Nullable String risks() {
        return risks;
    }

    @Nullable String internalNote() {
        return internalNote;
    }

    Instant postedAt() {
        return postedAt;
    }
}

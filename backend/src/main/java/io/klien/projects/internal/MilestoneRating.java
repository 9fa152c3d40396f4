package io.klien.projects.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A client user's rating of a completed milestone; they may change it for a while after they first rated. */
@Entity
@Table(name = "milestone_rating")
class MilestoneRating extends TenantOwnedEntity {

    static final int COMMENT_MAX = 2000;

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "milestone_id", updatable = false)
    private UUID milestoneId;
    @Column(name = "rater_subject", updatable = false)
    private String raterSubject;
    @Column(name = "rater_name", updatable = false)
    private String raterName;
    private int score;
    private @Nullable String comment;
    @Column(name = "rated_at", updatable = false)
    private Instant ratedAt;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected MilestoneRating() {
        this.projectId = new UUID(0, 0);
        this.milestoneId = new UUID(0, 0);
        this.raterSubject = "";
        this.raterName = "";
        this.ratedAt = Instant.EPOCH;
        this.changedAt = Instant.EPOCH;
    }

    static MilestoneRating of(UUID projectId, UUID milestoneId, String raterSubject, String raterName, int score,
            @Nullable String comment, Instant now) {
        MilestoneRating r = new MilestoneRating();
        r.projectId = projectId;
        r.milestoneId = milestoneId;
        r.raterSubject = raterSubject;
        r.raterName = raterName;
        r.ratedAt = now;
        r.set(score, comment, now);
        return r;
    }

    /** Changes the rating, as long as the window after the first rating is open. */
    void change(int score, @Nullable String comment, Instant now, Duration window) {
        if (now.isAfter(ratedAt.plus(window))) {
            throw new DomainException("projects.rating.locked", window.toDays());
        }
        set(score, comment, now);
    }

    private void set(int score, @Nullable String comment, Instant now) {
        if (score < 1 || score > 5) {
            throw DomainException.onField("score", "projects.rating.score");
        }
        String clean = comment == null ? "" : comment.strip();
        if (clean.length() > COMMENT_MAX) {
            throw DomainException.onField("comment", "projects.description.too-long", COMMENT_MAX);
        }
        this.score = score;
        this.comment = clean.isEmpty() ? null : clean;
        this.changedAt = now;
    }

    UUID projectId() {
        return projectId;
    }

    UUID milestoneId() {
        return milestoneId;
    }

    String raterSubject() {
        return raterSubject;
    }

    String raterName() {
        return raterName;
    }

    int score() {
        return score;
    }

    @Nullable String comment() {
        return comment;
    }

    Instant ratedAt() {
        return ratedAt;
    }

    Instant changedAt() {
        return changedAt;
    }
}

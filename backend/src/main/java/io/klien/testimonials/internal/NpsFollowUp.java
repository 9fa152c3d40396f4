package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.FollowUpState;
import io.klien.testimonials.FollowUpView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** What a detractor's answer asks of the client's representative: open until someone marks it done. */
@Entity
@Table(name = "nps_follow_up")
class NpsFollowUp extends TenantOwnedEntity {

    static final int NOTE_MAX = 2000;

    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "survey_id", updatable = false)
    private UUID surveyId;
    @Column(name = "assignee_subject", updatable = false)
    private @Nullable String assignee;
    @Column(name = "score", updatable = false)
    private int score;
    @Column(name = "comment", updatable = false)
    private @Nullable String comment;
    @Enumerated(EnumType.STRING)
    @Column(name = "state")
    private FollowUpState state;
    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;
    @Column(name = "done_at")
    private @Nullable Instant doneAt;
    @Column(name = "done_by")
    private @Nullable String doneBy;
    @Column(name = "note")
    private @Nullable String note;

    protected NpsFollowUp() {
        this.clientId = new UUID(0, 0);
        this.surveyId = new UUID(0, 0);
        this.state = FollowUpState.OPEN;
        this.openedAt = Instant.EPOCH;
    }

    static NpsFollowUp open(NpsSurvey survey, @Nullable String assignee, Instant now) {
        NpsFollowUp f = new NpsFollowUp();
        f.clientId = survey.clientId();
        f.surveyId = survey.id();
        f.assignee = assignee;
        f.score = java.util.Objects.requireNonNull(survey.score());
        f.comment = survey.comment();
        f.openedAt = now;
        return f;
    }

    void markDone(@Nullable String by, @Nullable String note, Instant now) {
        if (state == FollowUpState.DONE) {
            throw new DomainException("health.follow-up.done-already");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw DomainException.onField("note", "health.follow-up.note-long", NOTE_MAX);
        }
        this.state = FollowUpState.DONE;
        this.doneAt = now;
        this.doneBy = by;
        this.note = text;
    }

    FollowUpView toView() {
        return new FollowUpView(id(), clientId, surveyId, assignee, score, comment, state, openedAt, doneAt, doneBy,
                note);
    }
}

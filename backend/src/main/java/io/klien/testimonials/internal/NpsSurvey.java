package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.NpsSurveyView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An NPS survey sent to a client contact. A link survey keeps only the SHA-256 of its token; it is answered once
 * ({@code answeredAt}) and not after {@code expiresAt}.
 */
@Entity
@Table(name = "nps_survey")
class NpsSurvey extends TenantOwnedEntity {

    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "contact_id", updatable = false)
    private UUID contactId;
    @Column(name = "portal_subject", updatable = false)
    private @Nullable String portalSubject;
    @Column(name = "token_hash", updatable = false)
    private @Nullable String tokenHash;
    @Column(name = "sent_at", updatable = false)
    private Instant sentAt;
    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;
    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;
    @Column(name = "answered_by")
    private @Nullable String answeredBy;
    @Column(name = "score")
    private @Nullable Integer score;
    @Column(name = "comment")
    private @Nullable String comment;

    protected NpsSurvey() {
        this.clientId = new UUID(0, 0);
        this.contactId = new UUID(0, 0);
        this.sentAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    static NpsSurvey of(UUID clientId, UUID contactId, @Nullable String portalSubject, @Nullable String tokenHash,
            Instant now, Instant expiresAt) {
        NpsSurvey s = new NpsSurvey();
        s.clientId = clientId;
        s.contactId = contactId;
        s.portalSubject = portalSubject;
        s.tokenHash = tokenHash;
        s.sentAt = now;
        s.expiresAt = expiresAt;
        return s;
    }

    /** Records the answer; refused once answered, after expiry, or for a score outside 0 to 10 or a long comment. */
    void answer(int score, @Nullable String comment, @Nullable String by, Instant now) {
        requireOpen(now);
        if (score < 0 || score > 10) {
            throw DomainException.onField("score", "health.nps.score");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > io.klien.testimonials.NpsSurveys.COMMENT_MAX) {
            throw DomainException.onField("comment", "health.nps.comment-long",
                    io.klien.testimonials.NpsSurveys.COMMENT_MAX);
        }
        this.score = score;
        this.comment = text;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    void requireOpen(Instant now) {
        if (answeredAt != null) {
            throw new DomainException("health.nps.answered");
        }
        if (!now.isBefore(expiresAt)) {
            throw new DomainException("health.nps.expired");
        }
    }

    UUID clientId() {
        return clientId;
    }

    UUID contactId() {
        return contactId;
    }

    @Nullable String portalSubject() {
        return portalSubject;
    }

    @Nullable Integer score() {
        return score;
    }

    @Nullable String comment() {
        return comment;
    }

    NpsSurveyView toView(String contactName) {
        return new NpsSurveyView(id(), clientId, contactId, contactName, portalSubject != null, sentAt, expiresAt,
                answeredAt, score, comment);
    }
}

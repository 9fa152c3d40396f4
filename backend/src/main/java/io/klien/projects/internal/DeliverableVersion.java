package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.contracts.ContractTerms;
import io.klien.projects.VersionState;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A version of a deliverable submitted for review. Its content (file or link) and hash never change; it is decided
 * once, and a decision keeps who, when and the contract terms in force.
 */
@Entity
@Table(name = "deliverable_version")
class DeliverableVersion extends TenantOwnedEntity {

    static final int NOTE_MAX = 2000;
    static final int COMMENT_MAX = 4000;

    @Column(name = "deliverable_id", updatable = false)
    private UUID deliverableId;
    @Column(updatable = false)
    private int number;
    @Column(name = "document_id", updatable = false)
    private @Nullable UUID documentId;
    @Column(name = "link_url", updatable = false)
    private @Nullable String linkUrl;
    @Column(updatable = false)
    private String sha256;
    @Column(updatable = false)
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    private VersionState state;
    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;
    @Column(name = "submitted_by", updatable = false)
    private @Nullable String submittedBy;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    @Column(name = "decided_by")
    private @Nullable String decidedBy;
    @Column(name = "decision_comment")
    private @Nullable String decisionComment;
    @Column(name = "contract_id")
    private @Nullable UUID contractId;
    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable ContractTerms terms;
    @Column(name = "revision_round")
    private int revisionRound;

    protected DeliverableVersion() {
        this.deliverableId = new UUID(0, 0);
        this.sha256 = "";
        this.state = VersionState.IN_REVIEW;
        this.submittedAt = Instant.EPOCH;
    }

    static DeliverableVersion submitted(UUID deliverableId, int number, @Nullable UUID documentId,
            @Nullable String linkUrl, String sha256, @Nullable String note, @Nullable String by, Instant now) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw DomainException.onField("note", "projects.description.too-long", NOTE_MAX);
        }
        DeliverableVersion v = new DeliverableVersion();
        v.deliverableId = deliverableId;
        v.number = number;
        v.documentId = documentId;
        v.linkUrl = linkUrl;
        v.sha256 = sha256;
        v.note = text;
        v.submittedBy = by;
        v.submittedAt = now;
        return v;
    }

    /** A newer version arrived before anyone decided on this one. */
    void supersede() {
        if (state == VersionState.IN_REVIEW) {
            state = VersionState.SUPERSEDED;
        }
    }

    void approve(String by, @Nullable String comment, @Nullable UUID contractId, @Nullable ContractTerms terms,
            Instant now) {
        requireInReview();
        this.decisionComment = comment(comment, false);
        this.state = VersionState.APPROVED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.contractId = contractId;
        this.terms = terms;
    }

    void requestChanges(String by, String comment, int round, @Nullable UUID contractId,
            @Nullable ContractTerms terms, Instant now) {
        requireInReview();
        this.decisionComment = comment(comment, true);
        this.state = VersionState.CHANGES_REQUESTED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.revisionRound = round;
        this.contractId = contractId;
        this.terms = terms;
    }

    private void requireInReview() {
        switch (state) {
            case IN_REVIEW -> { }
            case SUPERSEDED -> throw new DomainException("projects.version.superseded");
            case APPROVED, CHANGES_REQUESTED -> throw new DomainException("projects.version.already-decided");
        }
    }

    private static @Nullable String comment(@Nullable String comment, boolean required) {
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (required && clean == null) {
            throw DomainException.onField("comment", "projects.version.say-what-to-change");
        }
        if (clean != null && clean.length() > COMMENT_MAX) {
            throw DomainException.onField("comment", "projects.description.too-long", COMMENT_MAX);
        }
        return clean;
    }

    UUID deliverableId() {
        return deliverableId;
    }

    int number() {
        return number;
    }

    @Nullable UUID documentId() {
        return documentId;
    }

    @Nullable String linkUrl() {
        return linkUrl;
    }

    String sha256() {
        return sha256;
    }

    @Nullable String note() {
        return note;
    }

    VersionState state() {
        return state;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable String submittedBy() {
        return submittedBy;
    }

    @Nullable Instant decidedAt() {
        return decidedAt;
    }

    @Nullable String decidedBy() {
        return decidedBy;
    }

    @Nullable String decisionComment() {
        return decisionComment;
    }

    @Nullable UUID contractId() {
        return contractId;
    }

    @Nullable ContractTerms terms() {
        return terms;
    }

    int revisionRound() {
        return revisionRound;
    }
}

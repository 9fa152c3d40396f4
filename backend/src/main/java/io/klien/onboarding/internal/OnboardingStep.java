package io.klien.onboarding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.onboarding.ConflictCheckView;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.ConflictHit;
import io.klien.onboarding.IdentityDocumentType;
import io.klien.onboarding.KickoffView;
import io.klien.onboarding.KycMethod;
import io.klien.onboarding.KycView;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepType;
import io.klien.onboarding.StepView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A step of a running onboarding: a copy of the template step (later template edits leave it alone) with its due
 * date, its state, and what was recorded to complete it.
 */
@Entity
@Table(name = "onboarding_step")
public class OnboardingStep extends TenantOwnedEntity {

    @Column(name = "onboarding_id", updatable = false)
    private UUID onboardingId;
    @Column(updatable = false)
    private int position;
    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;
    @Embedded
    private StepSpec spec;
    @Enumerated(EnumType.STRING)
    private StepState state;
    @Column(name = "completed_at")
    private @Nullable Instant completedAt;
    @Column(name = "completed_by")
    private @Nullable String completedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "completed_side")
    private @Nullable StepSide completedSide;
    @Column(name = "skip_reason")
    private @Nullable String skipReason;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable StoredAnswers answers;
    @Column(name = "answers_saved_at")
    private @Nullable Instant answersSavedAt;
    @Column(name = "answers_saved_by")
    private @Nullable String answersSavedBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "document_ids")
    private List<UUID> documentIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "conflict_names")
    private List<String> conflictNames;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conflict_hits")
    private @Nullable StoredHits conflictHits;
    @Column(name = "conflict_checked_at")
    private @Nullable Instant conflictCheckedAt;
    @Column(name = "conflict_checked_by")
    private @Nullable String conflictCheckedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_decision")
    private @Nullable ConflictDecision conflictDecision;
    @Column(name = "conflict_reason")
    private @Nullable String conflictReason;
    @Column(name = "conflict_decided_by")
    private @Nullable String conflictDecidedBy;
    @Column(name = "conflict_decided_at")
    private @Nullable Instant conflictDecidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kyc_method")
    private @Nullable KycMethod kycMethod;
    @Enumerated(EnumType.STRING)
    @Column(name = "kyc_document_type")
    private @Nullable IdentityDocumentType kycDocumentType;
    @Column(name = "kyc_document_number")
    private @Nullable String kycDocumentNumber;
    @Column(name = "kyc_verified_by")
    private @Nullable String kycVerifiedBy;
    @Column(name = "kyc_verified_on")
    private @Nullable LocalDate kycVerifiedOn;
    @Column(name = "kyc_document_id")
    private @Nullable UUID kycDocumentId;

    @Column(name = "kickoff_starts_at")
    private @Nullable Instant kickoffStartsAt;
    @Column(name = "kickoff_ends_at")
    private @Nullable Instant kickoffEndsAt;
    @Column(name = "kickoff_place")
    private @Nullable String kickoffPlace;
    @Column(name = "kickoff_video_link")
    private @Nullable String kickoffVideoLink;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "kickoff_attendees")
    private List<String> kickoffAttendees;
    @Column(name = "kickoff_organizer_email")
    private @Nullable String kickoffOrganizerEmail;
    @Column(name = "kickoff_organizer_name")
    private @Nullable String kickoffOrganizerName;
    @Column(name = "kickoff_sequence")
    private int kickoffSequence;
    @Column(name = "kickoff_scheduled_at")
    private @Nullable Instant kickoffScheduledAt;

    @Column(name = "letter_signed_on")
    private @Nullable LocalDate letterSignedOn;

    protected OnboardingStep() {
        this.onboardingId = new UUID(0, 0);
        this.dueDate = LocalDate.EPOCH;
        this.spec = new StepSpec();
        this.state = StepState.LOCKED;
        this.documentIds = new ArrayList<>();
        this.conflictNames = new ArrayList<>();
        this.kickoffAttendees = new ArrayList<>();
    }

    /** The onboarding's own copy of a template step, due {@code dueOffsetDays} after the start date. */
    public static OnboardingStep copyOf(UUID onboardingId, int position, StepDefinition d, LocalDate startDate,
            @Nullable String assignee) {
        OnboardingStep s = new OnboardingStep();
        s.onboardingId = onboardingId;
        s.position = position;
        s.dueDate = startDate.plusDays(d.dueOffsetDays());
        s.spec = StepSpec.of(d, assignee);
        return s;
    }

    // ---- state ----

    /** Locked steps open once their prerequisites are finished. */
    void unlockIf(boolean prerequisitesFinished) {
        if (state == StepState.LOCKED && prerequisitesFinished) {
            state = StepState.OPEN;
        } else if (state == StepState.OPEN && !prerequisitesFinished) {
            state = StepState.LOCKED;
        }
    }

    /** Refuses work on a step that is locked, done or skipped. */
    public void requireWorkable() {
        switch (state) {
            case LOCKED -> throw new DomainException("onboarding.step.locked", spec.title());
            case DONE -> throw new DomainException("onboarding.step.already-completed", spec.title());
            case SKIPPED -> throw new DomainException("onboarding.step.skipped", spec.title());
            default -> {
            }
        }
    }

    public void begin() {
        requireWorkable();
        state = StepState.IN_PROGRESS;
    }

    public void complete(Instant at, @Nullable String by, StepSide side) {
        requireWorkable();
        state = StepState.DONE;
        completedAt = at;
        completedBy = by;
        completedSide = side;
    }

    public void skip(Instant at, @Nullable String by, @Nullable String reason) {
        requireWorkable();
        if (spec.required()) {
            throw new DomainException("onboarding.step.required", spec.title());
        }
        if (conflictDecision == ConflictDecision.CONFLICT) {
            throw new DomainException("onboarding.conflict.blocks", spec.title());
        }
        state = StepState.SKIPPED;
        completedAt = at;
        completedBy = by;
        completedSide = StepSide.FIRM;
        skipReason = reason;
    }

    // ---- what gets recorded ----

    public void saveAnswers(Map<String, List<String>> values, Instant at, @Nullable String by) {
        begin();
        answers = new StoredAnswers(values);
        answersSavedAt = at;
        answersSavedBy = by;
    }

    public void attach(List<UUID> ids) {
        begin();
        List<UUID> all = new ArrayList<>(documentIds);
        ids.stream().filter(id -> !all.contains(id)).forEach(all::add);
        documentIds = all;
    }

    public void detach(UUID id) {
        begin();
        List<UUID> all = new ArrayList<>(documentIds);
        all.remove(id);
        documentIds = all;
    }

    /** A new search replaces the previous one and asks for a new decision. */
    public void recordConflictCheck(List<String> names, List<ConflictHit> hits, Instant at, @Nullable String by) {
        begin();
        conflictNames = new ArrayList<>(names);
        conflictHits = new StoredHits(hits);
        conflictCheckedAt = at;
        conflictCheckedBy = by;
        conflictDecision = null;
        conflictReason = null;
        conflictDecidedBy = null;
        conflictDecidedAt = null;
    }

    public void decideConflict(ConflictDecision decision, @Nullable String reason, Instant at, @Nullable String by) {
        requireWorkable();
        if (conflictCheckedAt == null) {
            throw new DomainException("onboarding.conflict.not-checked");
        }
        conflictDecision = decision;
        conflictReason = reason;
        conflictDecidedAt = at;
        conflictDecidedBy = by;
        state = StepState.IN_PROGRESS;
    }

    public void recordKyc(KycMethod method, IdentityDocumentType documentType, String documentNumber, String verifiedBy,
            LocalDate verifiedOn, @Nullable UUID documentId) {
        requireWorkable();
        kycMethod = method;
        kycDocumentType = documentType;
        kycDocumentNumber = documentNumber;
        kycVerifiedBy = verifiedBy;
        kycVerifiedOn = verifiedOn;
        kycDocumentId = documentId;
    }

    public void linkKycDocument(UUID documentId) {
        if (kycMethod == null) {
            throw new DomainException("onboarding.kyc.not-recorded");
        }
        kycDocumentId = documentId;
    }

    /** Schedules the meeting, or moves it (a scheduled kickoff may be rescheduled after its step is done). */
    public void scheduleKickoff(Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String videoLink,
            List<String> attendees, @Nullable String organizerEmail, @Nullable String organizerName, Instant at) {
        if (state != StepState.DONE || kickoffStartsAt == null) {
            requireWorkable();
        } else {
            kickoffSequence++;
        }
        kickoffStartsAt = startsAt;
        kickoffEndsAt = endsAt;
        kickoffPlace = place;
        kickoffVideoLink = videoLink;
        kickoffAttendees = new ArrayList<>(attendees);
        kickoffOrganizerEmail = organizerEmail;
        kickoffOrganizerName = organizerName;
        kickoffScheduledAt = at;
    }

    public void signLetter(LocalDate signedOn) {
        requireWorkable();
        letterSignedOn = signedOn;
    }

    // ---- reading ----

    public UUID onboardingId() {
        return onboardingId;
    }

    public String key() {
        return spec.key();
    }

    public String title() {
        return spec.title();
    }

    public StepType type() {
        return spec.type();
    }

    public StepSide ownerSide() {
        return spec.ownerSide();
    }

    public boolean required() {
        return spec.required();
    }

    /** The person the step is assigned to, if one is named (the representative's steps name them). */
    public @Nullable String assigneeSubject() {
        return spec.assigneeSubject();
    }

    public StepState state() {
        return state;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public List<String> prerequisites() {
        return spec.prerequisites();
    }

    public StepConfig config() {
        return spec.config();
    }

    public List<UUID> documentIds() {
        return List.copyOf(documentIds);
    }

    public @Nullable ConflictDecision conflictDecision() {
        return conflictDecision;
    }

    public @Nullable Instant kickoffScheduledAt() {
        return kickoffScheduledAt;
    }

    public @Nullable KickoffView kickoff() {
        return kickoffStartsAt == null || kickoffEndsAt == null ? null : new KickoffView(kickoffStartsAt, kickoffEndsAt,
                kickoffPlace, kickoffVideoLink, List.copyOf(kickoffAttendees), kickoffOrganizerEmail,
                kickoffOrganizerName, kickoffSequence);
    }

    /** The checklist's view; client users see no conflict-check or identity details. */
    public StepView toView(LocalDate today, long commentCount, boolean forClientUser) {
        ConflictCheckView conflict = forClientUser || spec.type() != StepType.CONFLICT_CHECK ? null
                : new ConflictCheckView(List.copyOf(conflictNames), conflictHits == null ? List.of() : conflictHits.hits(),
                        conflictCheckedAt, conflictCheckedBy, conflictDecision, conflictReason, conflictDecidedBy,
                        conflictDecidedAt);
        KycView kyc = forClientUser || kycMethod == null || kycDocumentType == null || kycDocumentNumber == null
                || kycVerifiedBy == null || kycVerifiedOn == null ? null
                : new KycView(kycMethod, kycDocumentType, kycDocumentNumber, kycVerifiedBy, kycVerifiedOn, kycDocumentId);
        boolean overdue = !state.finished() && dueDate.isBefore(today);
        StepConfig config = spec.config();
        return new StepView(id(), onboardingId, position, spec.key(), spec.title(), spec.instructions(), spec.type(),
                spec.ownerSide(), spec.assigneeRole(), spec.assigneeSubject(), dueDate, overdue, spec.required(),
                spec.prerequisites(), state, completedAt, completedBy, completedSide, skipReason, config.fields(),
                config.documents(), answers == null ? Map.of() : answers.values(), answersSavedAt,
                List.copyOf(documentIds), conflict, kyc,
                kickoff(), letterSignedOn, commentCount, version());
    }
}

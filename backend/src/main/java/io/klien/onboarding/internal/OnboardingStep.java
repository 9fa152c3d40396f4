package io.klien.onboarding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepOutcome;
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
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A step of a running onboarding: a copy of the template step (later template edits leave it alone) with its due
 * date, its state, and what was recorded to complete it (one JSON document, the step type's {@link StepOutcome}).
 */
@Entity
@Table(name = "onboarding_step")
class OnboardingStep extends TenantOwnedEntity {

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

    /** What was recorded on the step, as its type's {@link StepOutcome} record in JSON ({@link StepOutcomes}). */
    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable String outcome;
    @Transient
    private @Nullable StepOutcome decoded;

    protected OnboardingStep() {
        this.onboardingId = new UUID(0, 0);
        this.dueDate = LocalDate.EPOCH;
        this.spec = new StepSpec();
        this.state = StepState.LOCKED;
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
        if (holdsOnboarding()) {
            throw new DomainException("onboarding.conflict.blocks", spec.title());
        }
        state = StepState.SKIPPED;
        completedAt = at;
        completedBy = by;
        completedSide = StepSide.FIRM;
        skipReason = reason;
    }

    // ---- what gets recorded ----

    /**
     * Records what was done on the step, replacing what was recorded before. The outcome must be of the step type's
     * {@link StepType#outcomeType() outcome type}; the step type's {@code StepKind} decides when it may be recorded.
     */
    public void record(StepOutcome recorded) {
        outcome = StepOutcomes.write(spec.type(), recorded);
        decoded = recorded;
    }

    /** Forgets what was recorded on a step still open (an engagement letter whose contract was voided). */
    public void forget() {
        requireWorkable();
        outcome = null;
        decoded = null;
    }

    /** What was recorded on the step, if anything. */
    public @Nullable StepOutcome outcome() {
        if (decoded == null && outcome != null) {
            decoded = StepOutcomes.read(spec.type(), outcome);
        }
        return decoded;
    }

    /** What was recorded on the step if it is of the given type. */
    public <O extends StepOutcome> @Nullable O outcome(Class<O> type) {
        StepOutcome recorded = outcome();
        return type.isInstance(recorded) ? type.cast(recorded) : null;
    }

    /** Whether what was recorded keeps the onboarding from completing (a conflict found). */
    public boolean holdsOnboarding() {
        StepOutcome recorded = outcome();
        return recorded != null && recorded.holdsOnboarding();
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

    /** The checklist's view; client users see no {@link StepOutcome#firmOnly() firm-only} outcome. */
    public StepView toView(LocalDate today, long commentCount, boolean forClientUser) {
        StepOutcome recorded = outcome();
        StepOutcome shown = recorded == null || forClientUser && recorded.firmOnly() ? null : recorded;
        boolean overdue = !state.finished() && dueDate.isBefore(today);
        StepConfig config = spec.config();
        return new StepView(id(), onboardingId, position, spec.key(), spec.title(), spec.instructions(), spec.type(),
                spec.ownerSide(), spec.assigneeRole(), spec.assigneeSubject(), dueDate, overdue, spec.required(),
                spec.prerequisites(), state, completedAt, completedBy, completedSide, skipReason, config.fields(),
                config.documents(), shown, commentCount, version());
    }
}

package io.klien.onboarding.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.StepState;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One client's onboarding, run from a copy of a template version. Keeps its progress (required steps done), the
 * earliest open due date and whether a conflict blocks it, so the board reads them from this row alone.
 */
@Entity
@Table(name = "onboarding")
class Onboarding extends TenantOwnedEntity {

    @Column(name = "client_id")
    private UUID clientId;
    @Column(name = "template_id", updatable = false)
    private UUID templateId;
    @Column(name = "template_version_id", updatable = false)
    private UUID templateVersionId;
    @Column(name = "template_name", updatable = false)
    private String templateName;
    @Column(name = "template_version_number", updatable = false)
    private int templateVersionNumber;
    @Enumerated(EnumType.STRING)
    private OnboardingStatus status;
    @Column(name = "representative_subject")
    private @Nullable String representativeSubject;
    @Column(name = "started_by", updatable = false)
    private @Nullable String startedBy;
    @Column(name = "started_at", updatable = false)
    private Instant startedAt;
    @Column(name = "start_date", updatable = false)
    private LocalDate startDate;
    @Column(name = "completed_at")
    private @Nullable Instant completedAt;
    @Column(name = "duration_seconds")
    private @Nullable Long durationSeconds;
    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;
    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;
    @Column(name = "required_total")
    private int requiredTotal;
    @Column(name = "required_done")
    private int requiredDone;
    @Column(name = "next_due_date")
    private @Nullable LocalDate nextDueDate;
    private boolean blocked;

    protected Onboarding() {
        this.clientId = new UUID(0, 0);
        this.templateId = new UUID(0, 0);
        this.templateVersionId = new UUID(0, 0);
        this.templateName = "";
        this.status = OnboardingStatus.IN_PROGRESS;
        this.startedAt = Instant.EPOCH;
        this.startDate = LocalDate.EPOCH;
    }

    public static Onboarding start(UUID clientId, OnboardingTemplateVersion version, @Nullable String representative,
            @Nullable String startedBy, Instant at, LocalDate startDate) {
        Onboarding o = new Onboarding();
        o.clientId = clientId;
        o.templateId = version.templateId();
        o.templateVersionId = version.id();
        o.templateName = version.name();
        o.templateVersionNumber = version.number();
        o.representativeSubject = representative;
        o.startedBy = startedBy;
        o.startedAt = at;
        o.startDate = startDate;
        return o;
    }

    /**
     * Opens the steps whose prerequisites are all finished (done or skipped) and locks the others that have not
     * started; then recounts progress, the earliest open due date and whether a conflict decision blocks it.
     */
    public void refresh(List<OnboardingStep> steps) {
        for (OnboardingStep s : steps) {
            boolean ready = s.prerequisites().stream().allMatch(key -> steps.stream()
                    .anyMatch(other -> other.key().equals(key) && other.state().finished()));
            s.unlockIf(ready);
        }
        requiredTotal = (int) steps.stream().filter(OnboardingStep::required).count();
        requiredDone = (int) steps.stream().filter(s -> s.required() && s.state() == StepState.DONE).count();
        nextDueDate = steps.stream().filter(s -> !s.state().finished()).map(OnboardingStep::dueDate)
                .min(LocalDate::compareTo).orElse(null);
        blocked = steps.stream().anyMatch(OnboardingStep::holdsOnboarding);
    }

    /** Every required step done and no conflict standing in the way. */
    public boolean readyToComplete() {
        return status == OnboardingStatus.IN_PROGRESS && requiredDone == requiredTotal && !blocked;
    }

    public Duration complete(Instant at) {
        Duration took = Duration.between(startedAt, at);
        this.status = OnboardingStatus.COMPLETED;
        this.completedAt = at;
        this.durationSeconds = took.toSeconds();
        return took;
    }

    public void cancel(Instant at, String reason) {
        this.status = OnboardingStatus.CANCELLED;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    public void reassign(@Nullable String subject) {
        this.representativeSubject = subject;
    }

    public UUID clientId() {
        return clientId;
    }

    public UUID templateId() {
        return templateId;
    }

    public String templateName() {
        return templateName;
    }

    public OnboardingStatus status() {
        return status;
    }

    public @Nullable String representativeSubject() {
        return representativeSubject;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public OnboardingSummary toSummary(String clientName, LocalDate today) {
        int percent = requiredTotal == 0 ? 100 : requiredDone * 100 / requiredTotal;
        boolean overdue = status == OnboardingStatus.IN_PROGRESS && nextDueDate != null && nextDueDate.isBefore(today);
        Duration duration = durationSeconds == null ? null : Duration.ofSeconds(durationSeconds);
        return new OnboardingSummary(id(), clientId, clientName, templateId, templateName, templateVersionNumber, status,
                representativeSubject, startedAt, startDate, completedAt, duration, requiredDone, requiredTotal, percent,
                nextDueDate, overdue, blocked, version());
    }
}

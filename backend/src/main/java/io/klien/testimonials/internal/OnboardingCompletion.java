package io.klien.testimonials.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An onboarding that completed on {@code completedOn}, waiting for the daily run to ask the client's primary contact
 * the firm's number of days later; {@code handledAt} once it asked or decided not to ({@code outcome} says which).
 */
@Entity
@Table(name = "testimonial_onboarding_completion")
class OnboardingCompletion extends TenantOwnedEntity {

    @Column(name = "onboarding_id", updatable = false)
    private UUID onboardingId;
    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "completed_on", updatable = false)
    private LocalDate completedOn;
    @Column(name = "handled_at")
    private @Nullable Instant handledAt;
    @Column(name = "outcome")
    private @Nullable String outcome;

    protected OnboardingCompletion() {
        this.onboardingId = new UUID(0, 0);
        this.clientId = new UUID(0, 0);
        this.completedOn = LocalDate.EPOCH;
    }

    static OnboardingCompletion of(UUID onboardingId, UUID clientId, LocalDate completedOn) {
        OnboardingCompletion completion = new OnboardingCompletion();
        completion.onboardingId = onboardingId;
        completion.clientId = clientId;
        completion.completedOn = completedOn;
        return completion;
    }

    void handled(String outcome, Instant now) {
        this.outcome = outcome;
        this.handledAt = now;
    }

    UUID onboardingId() {
        return onboardingId;
    }

    UUID clientId() {
        return clientId;
    }

    LocalDate completedOn() {
        return completedOn;
    }
}

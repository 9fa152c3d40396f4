package io.klien.onboarding.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientStatus;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.onboarding.OnboardingCompleted;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.OnboardingStepCompleted;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every piece of work on a running onboarding shares: who may see it, locking it while a step changes, and
 * what follows a change (steps opening, progress, completion of the onboarding and the client becoming active).
 */
@Component
class StepWork {

    private final OnboardingRepository onboardings;
    private final OnboardingStepRepository steps;
    private final Clients clients;
    private final FirmTime firmTime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepWork(OnboardingRepository onboardings, OnboardingStepRepository steps, Clients clients, FirmTime firmTime,
            ApplicationEventPublisher events, Clock clock) {
        this.onboardings = onboardings;
        this.steps = steps;
        this.clients = clients;
        this.firmTime = firmTime;
        this.events = events;
        this.clock = clock;
    }

    /** A step being worked on, its onboarding locked and all of the onboarding's steps loaded. */
    record Work(Scope scope, Onboarding onboarding, List<OnboardingStep> steps, OnboardingStep step) {

        StepSide side() {
            return clientUser(scope) ? StepSide.CLIENT : StepSide.FIRM;
        }

        @Nullable String subject() {
            return scope.subject();
        }
    }

    /**
     * Locks the step's onboarding for this transaction and loads its steps afterwards, so concurrent work on one
     * onboarding runs one after the other and each sees what the previous one did. Client users reach only their
     * own client's steps of the client side.
     */
    Work lock(UUID stepId) {
        Work work = lockWhateverItsStatus(stepId);
        if (work.onboarding().status() != OnboardingStatus.IN_PROGRESS) {
            throw new DomainException("onboarding.closed");
        }
        return work;
    }

    /** As {@link #lock}, also when the onboarding has completed or was cancelled: for records kept up to date. */
    Work lockWhateverItsStatus(UUID stepId) {
        Scope scope = TenantContext.acting();
        UUID onboardingId = steps.findOnboardingIdOf(stepId)
                .orElseThrow(() -> new DomainException("onboarding.step.not-found"));
        Onboarding onboarding = onboardings.findForUpdate(onboardingId)
                .orElseThrow(() -> new DomainException("onboarding.not-found"));
        requireVisible(scope, onboarding);
        List<OnboardingStep> all = steps.findByOnboardingIdOrderByPositionAsc(onboardingId);
        OnboardingStep step = all.stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new DomainException("onboarding.step.not-found"));
        if (clientUser(scope) && step.ownerSide() != StepSide.CLIENT) {
            throw new AccessDeniedException("A client user acts only on the client's own steps");
        }
        return new Work(scope, onboarding, all, step);
    }

    /** The step as {@link #lock} finds it, the step type checked. */
    Work lock(UUID stepId, StepType type) {
        Work work = lock(stepId);
        if (work.step().type() != type) {
            throw new DomainException("onboarding.step.wrong-type", work.step().title());
        }
        return work;
    }

    /** Completes the work's step on behalf of whoever acts, then {@link #settle settles} the onboarding. */
    void complete(Work work) {
        work.step().complete(now(), work.subject(), work.side());
        settle(work, true);
    }

    /**
     * After a change to a step: opens the steps it unlocked, recounts progress, announces a completed step, and
     * completes the onboarding when every required step is done (the client becomes active).
     */
    void settle(Work work, boolean stepCompleted) {
        Onboarding onboarding = work.onboarding();
        onboarding.refresh(work.steps());
        flush();
        UUID tenantId = TenantContext.requireTenantId();
        if (stepCompleted) {
            events.publishEvent(new OnboardingStepCompleted(tenantId, onboarding.id(), work.step().id(),
                    onboarding.clientId(), work.step().type(), work.side(), work.subject(),
                    onboarding.representativeSubject()));
        }
        if (onboarding.readyToComplete()) {
            Duration took = onboarding.complete(now());
            activateClient(work.scope(), onboarding.clientId());
            flush();
            events.publishEvent(new OnboardingCompleted(tenantId, onboarding.id(), onboarding.clientId(),
                    onboarding.representativeSubject(), took));
        }
    }

    /**
     * The client becomes active through the clients module, which only staff may ask; when the last step was the
     * client's own, the system asks on the client user's behalf (they stay named in the status history).
     */
    private void activateClient(Scope scope, UUID clientId) {
        if (scope.system() || scope.hasRole(FirmRole.TENANT_ADMIN, FirmRole.STAFF)) {
            clients.changeStatus(clientId, ClientStatus.ACTIVE);
        } else {
            TenantContext.runIn(new Scope(scope.tenantId(), scope.subject(), scope.role(), scope.clientId(),
                    scope.platformAdmin(), true), () -> clients.changeStatus(clientId, ClientStatus.ACTIVE));
        }
    }

    private void flush() {
        try {
            steps.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("onboarding.stale");
        }
    }

    /** A client user sees only their own client's onboardings. */
    static void requireVisible(Scope scope, Onboarding onboarding) {
        ClientAccess.requireOwnClient(scope, onboarding.clientId(),
                "A client user sees only their own client's onboardings");
    }

    static boolean clientUser(Scope scope) {
        return scope.clientUser();
    }

    /** The client's name as the acting person may read it. */
    String clientName(UUID clientId) {
        return clients.find(clientId).map(ClientView::name).orElse("");
    }

    /** Now, to the microsecond PostgreSQL keeps, so what is returned equals what is read back. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today on the acting firm's calendar. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The acting firm's zone (UTC when the firm has none that Java knows). */
    ZoneId zone() {
        return firmTime.locality(TenantContext.requireTenantId()).zone();
    }
}

package io.klien.onboarding.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.klien.clients.ClientsMerged;
import io.klien.onboarding.OnboardingStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Onboardings of a merged duplicate client belong to the survivor (in the merge's transaction). Where both ran the
 * same template, the duplicate's onboarding is cancelled: a client runs one onboarding per template at a time.
 */
@Component
class OnboardingsFollowClientMerges {

    private final OnboardingRepository onboardings;
    private final Clock clock;

    OnboardingsFollowClientMerges(OnboardingRepository onboardings, Clock clock) {
        this.onboardings = onboardings;
        this.clock = clock;
    }

    @EventListener
    void on(ClientsMerged merged) {
        List<Onboarding> survivorRunning = onboardings.findByClientIdAndStatus(merged.survivorId(),
                OnboardingStatus.IN_PROGRESS);
        for (Onboarding o : onboardings.findByClientIdAndStatus(merged.mergedId(), OnboardingStatus.IN_PROGRESS)) {
            if (survivorRunning.stream().anyMatch(s -> s.templateId().equals(o.templateId()))) {
                o.cancel(now(), "Client record merged into another that runs the same onboarding");
            }
        }
        onboardings.flush();
        onboardings.relinkClient(merged.mergedId(), merged.survivorId());
    }

    /** Now, to the microsecond PostgreSQL keeps, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

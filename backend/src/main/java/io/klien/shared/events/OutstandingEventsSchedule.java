package io.klien.shared.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Resubmits outstanding event publications every {@code klien.events.resubmission.interval} (a minute by default),
 * those older than {@code klien.events.resubmission.older-than} (five minutes). Off with
 * {@code klien.events.resubmission.enabled=false}. Restarts resubmit everything outstanding anyway
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klien.events.resubmission.enabled", havingValue = "true", matchIfMissing = true)
class OutstandingEventsSchedule {

    private final OutstandingEvents outstanding;
    private final Duration olderThan;

    OutstandingEventsSchedule(OutstandingEvents outstanding,
            @Value("${klien.events.resubmission.older-than:PT5M}") Duration olderThan) {
        this.outstanding = outstanding;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${klien.events.resubmission.interval:PT1M}",
            initialDelayString = "${klien.events.resubmission.interval:PT1M}")
    void resubmit() {
        outstanding.resubmitOlderThan(olderThan);
    }
}

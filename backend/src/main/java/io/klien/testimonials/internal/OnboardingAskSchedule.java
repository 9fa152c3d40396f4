package io.klien.testimonials.internal;

import io.klien.shared.cluster.ClusterLock;
import io.klien.testimonials.OnboardingAskRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Asks after onboarding once a day ({@code klien.testimonials.onboarding-asks.cron}, 09:00 UTC by default), on one
 * replica at a time (a cluster lock; the others skip that run). Each completion is handled once whoever runs it. Off
 * with {@code klien.testimonials.onboarding-asks.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klien.testimonials.onboarding-asks.enabled", havingValue = "true",
        matchIfMissing = true)
class OnboardingAskSchedule {

    private static final Logger log = LoggerFactory.getLogger(OnboardingAskSchedule.class);

    static final String LOCK = "testimonial-onboarding-asks";

    private final OnboardingAskRun run;
    private final ClusterLock lock;

    OnboardingAskSchedule(OnboardingAskRun run, ClusterLock lock) {
        this.run = run;
        this.lock = lock;
    }

    /** Runs the asks unless another replica is running them; returns whether this one ran. */
    @Scheduled(cron = "${klien.testimonials.onboarding-asks.cron:0 0 9 * * *}", zone = "UTC")
    boolean askAfterOnboarding() {
        boolean ran = lock.runExclusively(LOCK, () -> log.info("Testimonial asks after onboarding: {} contacts asked",
                run.askDue()));
        if (!ran) {
            log.info("Testimonial asks after onboarding skipped: another instance is running them");
        }
        return ran;
    }
}

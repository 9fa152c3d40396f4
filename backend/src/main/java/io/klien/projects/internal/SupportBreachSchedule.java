package io.klien.projects.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.klien.notifications.ReminderRun;
import io.klien.projects.SupportRequests;
import io.klien.shared.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Records service-level breaches of waiting support requests in every active firm on a schedule
 * ({@code klien.support.breach-check.cron}, every five minutes by default), on one replica at a time. Replies and
 * resolutions record their own breaches as they happen; this catches requests nobody touched. Off with
 * {@code klien.support.breach-check.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klien.support.breach-check.enabled", havingValue = "true", matchIfMissing = true)
class SupportBreachSchedule {

    private static final Logger log = LoggerFactory.getLogger(SupportBreachSchedule.class);

    static final String LOCK = "support-breach-check";

    private final ReminderRun firms;
    private final SupportRequests requests;
    private final ClusterLock lock;

    SupportBreachSchedule(ReminderRun firms, SupportRequests requests, ClusterLock lock) {
        this.firms = firms;
        this.requests = requests;
        this.lock = lock;
    }

    @Scheduled(cron = "${klien.support.breach-check.cron:0 */5 * * * *}")
    void recordBreaches() {
        if (!lock.runExclusively(LOCK, this::inEveryFirm)) {
            log.info("Support breach check skipped: another instance is running it");
        }
    }

    private void inEveryFirm() {
        AtomicInteger recorded = new AtomicInteger();
        Set<UUID> failed = firms.forEachTenant(firms.activeTenants(),
                tenantId -> recorded.addAndGet(requests.recordBreaches()));
        log.info("Support breach check: {} breaches recorded, {} firms failed", recorded.get(), failed.size());
    }
}

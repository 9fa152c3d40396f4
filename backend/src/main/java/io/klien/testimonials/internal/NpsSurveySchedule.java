package io.klien.testimonials.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.klien.notifications.ReminderRun;
import io.klien.shared.cluster.ClusterLock;
import io.klien.testimonials.NpsSurveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the NPS surveys due in every active firm on a schedule ({@code klien.nps.surveys.cron}, daily at 09:00 by
 * default), on one replica at a time (a cluster lock; the others skip that run). Each firm's own schedule decides
 * whether and whom it surveys. Off with {@code klien.nps.surveys.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klien.nps.surveys.enabled", havingValue = "true", matchIfMissing = true)
class NpsSurveySchedule {

    private static final Logger log = LoggerFactory.getLogger(NpsSurveySchedule.class);

    static final String LOCK = "nps-survey-run";

    private final ReminderRun firms;
    private final NpsSurveys surveys;
    private final ClusterLock lock;

    NpsSurveySchedule(ReminderRun firms, NpsSurveys surveys, ClusterLock lock) {
        this.firms = firms;
        this.surveys = surveys;
        this.lock = lock;
    }

    @Scheduled(cron = "${klien.nps.surveys.cron:0 0 9 * * *}")
    void sendSurveys() {
        if (!lock.runExclusively(LOCK, this::inEveryFirm)) {
            log.info("NPS survey run skipped: another instance is running it");
        }
    }

    private void inEveryFirm() {
        AtomicInteger sent = new AtomicInteger();
        Set<UUID> failed = firms.forEachTenant(firms.activeTenants(), tenantId -> sent.addAndGet(surveys.sendDue()));
        log.info("NPS survey run: {} surveys sent, {} firms failed", sent.get(), failed.size());
    }
}

package io.klien.notifications.internal;

import io.klien.notifications.ReminderRun;
import io.klien.notifications.ReminderRunSummary;
import io.klien.shared.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due reminders on a schedule ({@code klien.notifications.reminders.cron}, hourly by default), on one replica of
 * the app at a time (a cluster lock; the others skip that run). The dedupe keys still make each reminder go out once.
 * Off with {@code klien.notifications.reminders.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klien.notifications.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    static final String LOCK = "reminder-run";

    private final ReminderRun run;
    private final ClusterLock lock;

    ReminderSchedule(ReminderRun run, ClusterLock lock) {
        this.run = run;
        this.lock = lock;
    }

    /** Runs the reminders unless another replica is running them; returns whether this one ran. */
    @Scheduled(cron = "${klien.notifications.reminders.cron:0 0 * * * *}")
    boolean sendReminders() {
        boolean ran = lock.runExclusively(LOCK, this::runReminders);
        if (!ran) {
            log.info("Reminder run skipped: another instance is running it");
        }
        return ran;
    }

    private void runReminders() {
        ReminderRunSummary summary = run.sendReminders();
        log.info("Reminder run: {} firms, {} reminders recorded, {} already sent, {} failures", summary.tenants(),
                summary.recorded(), summary.alreadyRecorded(), summary.failures());
    }
}

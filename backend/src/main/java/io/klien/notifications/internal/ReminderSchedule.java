package io.klien.notifications.internal;

import io.klien.notifications.ReminderRun;
import io.klien.notifications.ReminderRunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due reminders on a schedule ({@code klien.notifications.reminders.cron}, hourly by default). Every instance of
 * the app may run it: the dedupe keys make each reminder go out once. Off with
 * {@code klien.notifications.reminders.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klien.notifications.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderRun run;

    ReminderSchedule(ReminderRun run) {
        this.run = run;
    }

    @Scheduled(cron = "${klien.notifications.reminders.cron:0 0 * * * *}")
    void sendReminders() {
        ReminderRunSummary summary = run.sendReminders();
        log.info("Reminder run: {} firms, {} reminders recorded, {} already sent, {} failures", summary.tenants(),
                summary.recorded(), summary.alreadyRecorded(), summary.failures());
    }
}

package io.klien.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.klien.notifications.ReminderRun;
import io.klien.shared.cluster.ClusterLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

class ReminderScheduleTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(ReminderRun.class, () -> mock(ReminderRun.class))
            .withBean(ClusterLock.class, () -> mock(ClusterLock.class))
            .withUserConfiguration(ReminderSchedule.class);

    @Test
    void remindersRunHourlyUnlessConfiguredOtherwise() {
        context.run(app -> assertThat(cronOf(app.getBean(ScheduledTaskHolder.class))).containsExactly("0 0 * * * *"));
        context.withPropertyValues("klien.notifications.reminders.cron=0 */15 * * * *")
                .run(app -> assertThat(cronOf(app.getBean(ScheduledTaskHolder.class))).containsExactly("0 */15 * * * *"));
    }

    @Test
    void remindersCanBeTurnedOff() {
        context.withPropertyValues("klien.notifications.reminders.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(ReminderSchedule.class)
                        .doesNotHaveBean(ScheduledTaskHolder.class));
    }

    private static java.util.List<String> cronOf(ScheduledTaskHolder holder) {
        return holder.getScheduledTasks().stream().map(t -> t.getTask())
                .filter(CronTask.class::isInstance).map(t -> ((CronTask) t).getExpression()).toList();
    }
}

package io.klien.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.klien.notifications.ReminderRun;
import io.klien.notifications.ReminderRunSummary;
import io.klien.shared.cluster.ClusterLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two replicas' schedulers fire at the same time: the PostgreSQL advisory lock lets one run the reminders, the other
 * skips; once the first finished, the next run goes ahead.
 */
@SpringBootTest
class ReminderScheduleLockTests {

    @Autowired ClusterLock lock;

    @Test
    void ofTwoConcurrentReminderRunsOneRunsAndTheOtherSkips() throws Exception {
        ReminderRun run = mock(ReminderRun.class);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        when(run.sendReminders()).thenAnswer(call -> {
            running.countDown();
            assertThat(finish.await(30, TimeUnit.SECONDS)).isTrue();
            return new ReminderRunSummary(0, 0, 0, 0);
        });
        ReminderSchedule replicaOne = new ReminderSchedule(run, lock);
        ReminderSchedule replicaTwo = new ReminderSchedule(run, lock);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = pool.submit(replicaOne::sendReminders);
            assertThat(running.await(30, TimeUnit.SECONDS)).as("the first run started").isTrue();

            boolean second = replicaTwo.sendReminders();
            finish.countDown();

            assertThat(second).as("the second run skipped").isFalse();
            assertThat(first.get(30, TimeUnit.SECONDS)).as("the first run ran").isTrue();
            verify(run, times(1)).sendReminders();
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }

        when(run.sendReminders()).thenReturn(new ReminderRunSummary(0, 0, 0, 0));
        assertThat(replicaTwo.sendReminders()).as("the lock was released").isTrue();
    }
}

package io.klien.testimonials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.klien.shared.cluster.ClusterLock;
import io.klien.testimonials.OnboardingAskRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The daily asks after onboarding run on one replica at a time: while another holds the lock, this one skips. */
@SpringBootTest
class OnboardingAskScheduleTests {

    @Autowired ClusterLock lock;

    @Test
    void whileAnotherReplicaRunsTheAsksThisOneSkipsAndRunsTheNextTime() {
        OnboardingAskRun run = mock(OnboardingAskRun.class);
        OnboardingAskSchedule schedule = new OnboardingAskSchedule(run, lock);
        boolean[] ranMeanwhile = new boolean[1];

        boolean otherReplicaRan = lock.runExclusively(OnboardingAskSchedule.LOCK,
                () -> ranMeanwhile[0] = schedule.askAfterOnboarding());

        assertThat(otherReplicaRan).isTrue();
        assertThat(ranMeanwhile[0]).as("skipped while the lock was held").isFalse();
        verify(run, never()).askDue();
        assertThat(schedule.askAfterOnboarding()).as("runs once the lock is free").isTrue();
        verify(run, times(1)).askDue();
    }
}

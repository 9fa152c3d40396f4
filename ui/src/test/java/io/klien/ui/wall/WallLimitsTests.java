package io.klien.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The public pages' rate limit, on a clock the test moves. */
class WallLimitsTests {

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-12-07T01:00:00Z").toEpochMilli());
    private final WallLimits limits = new WallLimits(clock(), 10, 2);

    private Clock clock() {
        Clock clock = mock(Clock.class);
        when(clock.millis()).thenAnswer(call -> now.get());
        return clock;
    }

    @Test
    void anAddressGetsItsBurstThenWaitsForTheBucketToRefill() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.take("198.51.100.1")).as("request %d", i + 1).isEmpty();
        }

        assertThat(limits.take("198.51.100.1")).as("refused, told to come back in a second").hasValue(1);
        assertThat(limits.take("198.51.100.2")).as("another address").isEmpty();

        advance(Duration.ofMillis(500));
        assertThat(limits.take("198.51.100.1")).as("one token back after half a second at 2 a second").isEmpty();
        assertThat(limits.take("198.51.100.1")).isPresent();
        advance(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            assertThat(limits.take("198.51.100.1")).as("the bucket is full again, never fuller").isEmpty();
        }
        assertThat(limits.take("198.51.100.1")).isPresent();
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toMillis());
    }
}

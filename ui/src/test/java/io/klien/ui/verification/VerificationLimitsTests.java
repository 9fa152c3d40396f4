package io.klien.ui.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The limits of the verification page, on a clock the test moves. */
class VerificationLimitsTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T05:00:00Z"));
    private final VerificationLimits limits = new VerificationLimits(clock);

    @Test
    void aVisitGetsItsChecksPerWindowAndTheNextOnesOnceTheOldestLeavesIt() {
        for (int i = 0; i < VerificationLimits.PER_VISIT; i++) {
            assertThat(limits.take("visit", "198.51.100.1")).as("check %d", i + 1).isEmpty();
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(limits.take("visit", "198.51.100.1")).as("refused, and not counted")
                .contains(VerificationLimits.WINDOW.minus(Duration.ofSeconds(10L * VerificationLimits.PER_VISIT)));
        assertThat(limits.take("another visit", "198.51.100.1")).as("another browser at the same address").isEmpty();

        clock.advance(VerificationLimits.WINDOW.minus(Duration.ofSeconds(10L * VerificationLimits.PER_VISIT - 1)));
        assertThat(limits.take("visit", "198.51.100.1")).as("the first check left the window").isEmpty();
        assertThat(limits.take("visit", "198.51.100.1")).as("the second one has not").isPresent();
    }

    @Test
    void oneAddressIsLimitedAcrossVisitsThatDropTheirSession() {
        for (int i = 0; i < VerificationLimits.PER_ADDRESS; i++) {
            assertThat(limits.take("visit-" + i, "203.0.113.7")).as("check %d", i + 1).isEmpty();
        }

        assertThat(limits.take("a new visit", "203.0.113.7")).contains(VerificationLimits.WINDOW);
        assertThat(limits.take("a new visit", "203.0.113.8")).as("another address").isEmpty();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

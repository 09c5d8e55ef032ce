package org.seedbed.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.MAX_FAILURES);

    @Test
    void refusesAnAddressAfterTooManyFailuresUntilTheyAge() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.allows("10.0.0.1")).isTrue();
            throttle.recordFailure("10.0.0.1");
        }
        assertThat(throttle.allows("10.0.0.1")).isFalse();
        assertThat(throttle.allows("10.0.0.2"))
                .as("other addresses are not affected")
                .isTrue();
        assertThat(throttle.retryAfterSeconds("10.0.0.1")).isBetween(1L, LoginThrottle.WINDOW.toSeconds());

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        assertThat(throttle.allows("10.0.0.1")).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

package fr.essor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15), clock);

    @Test
    void four_failures_do_not_lock_and_a_success_forgets_them() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Lea");
        }
        assertThat(throttle.isLocked("lea")).isFalse();
        throttle.succeeded("lea");
        for (int i = 0; i < 4; i++) {
            throttle.failed("lea");
        }
        assertThat(throttle.isLocked("lea")).isFalse();
    }

    @Test
    void the_fifth_failure_locks_the_name_whatever_its_case_for_fifteen_minutes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("Lea");
        }
        assertThat(throttle.isLocked(" LEA ")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("lea")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("lea")).isFalse();
        throttle.failed("lea");
        assertThat(throttle.isLocked("lea")).as("one failure after the lock ends starts a new count").isFalse();
    }
}

package fr.essor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated failed sign-ins. Names are counted whether or not an account
 * has them, and a locked name fails exactly like a wrong password, so the lock reveals no account.
 * Kept in memory: a restart lifts the locks, which only costs an attacker a restart they cannot cause.
 */
@Component
public class SignInThrottle {

    static final int MAX_ENTRIES = 10_000;

    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {
    }

    public SignInThrottle(@Value("${essor.sign-in.max-failures:5}") int maxFailures,
                          @Value("${essor.sign-in.lock-duration:15m}") Duration lockFor, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures current = failures.get(key(username));
        return current != null && current.lockedUntil().isAfter(clock.instant());
    }

    public void failed(String username) {
        if (failures.size() >= MAX_ENTRIES) {
            // A flood of invented names must not fill the memory: forget those not locked now.
            failures.values().removeIf(entry -> !entry.lockedUntil().isAfter(clock.instant()));
        }
        Instant now = clock.instant();
        failures.compute(key(username), (name, before) -> {
            int count = before == null || (before.count() >= maxFailures && !before.lockedUntil().isAfter(now))
                    ? 1 : before.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockFor) : Instant.MIN);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}

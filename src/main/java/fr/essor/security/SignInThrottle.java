package fr.essor.security;

import fr.essor.base.EssorProperties;
import fr.essor.security.SignInFailures.Count;
import fr.essor.security.SignInFailures.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing without letting anyone lock another person out (OWASP ASVS V2.2, NIST 800-63B).
 * Failures are counted per user name and per client address, in the database ({@link SignInFailures}), with
 * the limits of {@code essor.sign-in} ({@link EssorProperties.SignIn}):
 * <ul>
 * <li>a name that failed {@code max-failures} times is blocked for a minute, then two, four… up to
 * {@code lock-duration} at each further failure after a block ends; an attempt during a block is refused
 * without being counted, so it never extends the block;</li>
 * <li>a blocked name still signs in with the right password from an address that has not failed it lately: the
 * person whose name an attacker is guessing is not kept out by the attacker's failures;</li>
 * <li>an address that failed {@code address-max-failures} times, whatever the names, is slowed the same way,
 * which bounds what one machine can try against many names.</li>
 * </ul>
 * Counts end with a success (the name's, unless it is blocked at that moment) or after a day without failure; nothing else removes them, so a flood of
 * invented names resets nobody's count. Names are counted whether or not an account has them, and a refused
 * attempt fails exactly like a wrong password, so the throttle reveals no account.
 */
@Component
public class SignInThrottle {

    private static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    /** A count with no failure for this long starts again from zero. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final SignInFailures failures;
    private final int nameMaxFailures;
    private final int addressMaxFailures;
    private final Duration longestBlock;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    SignInThrottle(SignInFailures failures, EssorProperties essor, Clock clock) {
        this.failures = failures;
        this.nameMaxFailures = essor.signIn().maxFailures();
        this.addressMaxFailures = essor.signIn().addressMaxFailures();
        this.longestBlock = essor.signIn().lockDuration();
        this.clock = clock;
    }

    /** Whether a sign-in with this name from this address may check its password now. */
    public boolean mayTry(String username, String address) {
        Instant now = clock.instant();
        if (blocked(Kind.ADDRESS, address, now)) {
            return false;
        }
        if (!blocked(Kind.NAME, name(username), now)) {
            return true;
        }
        return failures.read(Kind.PAIR, pair(username, address))
                .filter(count -> count.lastFailure().isAfter(now.minus(longestBlock))).isEmpty();
    }

    /** Whether the sign-in now under way, with this name, may check its password. */
    public boolean mayTry(String username) {
        return mayTry(username, currentAddress());
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        boolean passwordChecked = mayTry(username, address);
        failures.change(Kind.ADDRESS, address, before -> counted(before, now, addressMaxFailures));
        if (passwordChecked) {
            failures.change(Kind.NAME, name(username), before -> counted(before, now, nameMaxFailures));
            failures.change(Kind.PAIR, pair(username, address), before -> counted(before, now, Integer.MAX_VALUE));
        }
        purgeNowAndThen(now);
    }

    /**
     * The address's failures for this name are forgotten. The name's count is too, unless it is blocked: the owner
     * signing in from their own address during an attacker's block must not hand the attacker five fresh guesses.
     */
    public void succeeded(String username, String address) {
        failures.forget(Kind.PAIR, pair(username, address));
        if (!blocked(Kind.NAME, name(username), clock.instant())) {
            failures.forget(Kind.NAME, name(username));
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), currentAddress());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), currentAddress());
    }

    private boolean blocked(Kind kind, String subject, Instant now) {
        return failures.read(kind, subject).filter(count -> count.blockedAt(now)).isPresent();
    }

    /** One failure more; during a block, none: a refused attempt never makes the block longer. */
    private Count counted(@Nullable Count before, Instant now, int maxFailures) {
        if (before != null && before.blockedAt(now)) {
            return before;
        }
        boolean forgotten = before == null || before.lastFailure().isBefore(now.minus(FORGOTTEN_AFTER));
        int count = (forgotten ? 0 : before.failures()) + 1;
        return new Count(count, now, count >= maxFailures ? now.plus(blockFor(count - maxFailures)) : null);
    }

    /** One minute for the first block, twice as long for each failure after it, never more than the longest. */
    private Duration blockFor(int failuresBeyondTheFirstBlock) {
        Duration block = FIRST_BLOCK.multipliedBy(1L << Math.min(failuresBeyondTheFirstBlock, 20));
        return block.compareTo(longestBlock) > 0 ? longestBlock : block;
    }

    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (last.isBefore(now.minus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            failures.forgetOlderThan(now.minus(FORGOTTEN_AFTER), now);
        }
    }

    private static String name(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String pair(String username, String address) {
        return name(username) + "\n" + address;
    }

    /**
     * The client's address as Tomcat gives it: the peer's, or behind a proxy on an internal address the one it
     * forwarded (server.forward-headers-strategy). Sign-in always comes with a request.
     */
    static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }
}

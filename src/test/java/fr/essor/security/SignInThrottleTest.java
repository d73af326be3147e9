package fr.essor.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.EssorProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The throttle's rules on its real table (the migration's own SQL, in an H2 database of the test's own). */
class SignInThrottleTest {

    private static final String VICTIM = "10.0.0.1";
    private static final String ATTACKER = "192.0.2.66";
    /** Essor's defaults, written out: the rules below count on these numbers. */
    private static final EssorProperties LIMITS = new EssorProperties(new EssorProperties.Admin(""),
            new EssorProperties.SignIn(5, 20, Duration.ofMinutes(15)), new EssorProperties.Oidc("preferred_username", true, "VIEWER"));

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

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final MovingClock clock = new MovingClock();
    private SignInFailures failures;
    private SignInThrottle throttle;

    @BeforeEach
    void aDatabaseOfItsOwn() throws IOException {
        var database = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcClient sql = JdbcClient.create(database);
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V15__sign_in_failures.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String statement : migration.replaceAll("--[^\n]*", "").split(";")) {
            if (!statement.isBlank()) {
                sql.sql(statement).update();
            }
        }
        failures = new SignInFailures(sql, new DataSourceTransactionManager(database));
        throttle = new SignInThrottle(failures, LIMITS, clock);
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    void four_failures_do_not_block_and_a_success_forgets_them() {
        fail("Lea", ATTACKER, 4);
        assertThat(throttle.mayTry("lea", ATTACKER)).isTrue();
        throttle.succeeded("lea", ATTACKER);
        fail("lea", ATTACKER, 4);
        assertThat(throttle.mayTry("lea", ATTACKER)).isTrue();
    }

    @Test
    void the_fifth_failure_blocks_the_name_whatever_its_case_and_each_later_block_is_longer() {
        fail("Lea", ATTACKER, 5);
        assertThat(throttle.mayTry(" LEA ", ATTACKER)).isFalse();
        clock.pass(Duration.ofSeconds(61));
        assertThat(throttle.mayTry("lea", ATTACKER)).as("the first block lasts a minute").isTrue();
        fail("lea", ATTACKER, 1);
        clock.pass(Duration.ofSeconds(100));
        assertThat(throttle.mayTry("lea", ATTACKER)).as("the second one, two minutes").isFalse();
        clock.pass(Duration.ofSeconds(21));
        assertThat(throttle.mayTry("lea", ATTACKER)).isTrue();
    }

    @Test
    void failures_during_a_block_never_extend_it() {
        fail("lea", ATTACKER, 5);
        clock.pass(Duration.ofSeconds(30));
        fail("lea", ATTACKER, 3);
        clock.pass(Duration.ofSeconds(31));
        assertThat(throttle.mayTry("lea", ATTACKER)).as("a minute after the fifth failure").isTrue();
    }

    @Test
    void no_block_is_longer_than_the_configured_longest() {
        for (int i = 0; i < 12; i++) {
            fail("lea", ATTACKER, 1);
            clock.pass(Duration.ofMinutes(16));
        }
        Instant thirteenthFailure = clock.now;
        fail("lea", ATTACKER, 1);

        assertThat(failures.read(SignInFailures.Kind.NAME, "lea").orElseThrow().blockedUntil())
                .isEqualTo(thirteenthFailure.plus(Duration.ofMinutes(15)));
    }

    @Test
    void the_right_person_from_an_address_that_has_not_failed_may_still_try_a_blocked_name() {
        fail("lea", ATTACKER, 5);

        assertThat(throttle.mayTry("lea", ATTACKER)).isFalse();
        assertThat(throttle.mayTry("lea", VICTIM)).isTrue();
    }

    @Test
    void the_owner_signing_in_during_a_block_does_not_hand_the_attacker_fresh_guesses() {
        fail("lea", ATTACKER, 5);
        throttle.succeeded("lea", VICTIM);
        clock.pass(Duration.ofSeconds(61));
        fail("lea", ATTACKER, 1);

        assertThat(throttle.mayTry("lea", ATTACKER)).as("the sixth failure blocks again, for two minutes").isFalse();
    }

    @Test
    void an_address_that_failed_a_blocked_name_may_try_it_again_once_its_own_failure_is_old() {
        fail("lea", ATTACKER, 5);
        fail("lea", VICTIM, 1);
        assertThat(throttle.mayTry("lea", VICTIM)).as("the victim's own typo, just now").isFalse();
        clock.pass(Duration.ofMinutes(16));
        fail("lea", ATTACKER, 1);
        assertThat(throttle.mayTry("lea", ATTACKER)).isFalse();
        assertThat(throttle.mayTry("lea", VICTIM)).isTrue();
    }

    @Test
    void one_address_failing_many_names_is_blocked_for_all_of_them() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("name" + i, ATTACKER);
        }

        assertThat(throttle.mayTry("someone-else", ATTACKER)).isFalse();
        assertThat(throttle.mayTry("someone-else", VICTIM)).isTrue();
    }

    @Test
    void a_flood_of_invented_names_resets_nobody_s_count() {
        fail("admin", ATTACKER, 4);
        for (int i = 0; i < 12_000; i++) {
            throttle.failed("invented-" + i, "198.51.100." + (i % 250));
        }
        fail("admin", ATTACKER + "0", 1);

        assertThat(throttle.mayTry("admin", ATTACKER)).as("the fifth failure of admin blocks it").isFalse();
    }

    @Test
    void counts_survive_a_new_throttle_on_the_same_database_as_after_a_restart() {
        fail("lea", ATTACKER, 5);
        SignInThrottle afterRestart = new SignInThrottle(failures, LIMITS, clock);

        assertThat(afterRestart.mayTry("lea", ATTACKER)).isFalse();
    }

    @Test
    void a_day_without_failure_forgets_the_count() {
        fail("lea", ATTACKER, 4);
        clock.pass(Duration.ofHours(25));
        fail("lea", ATTACKER, 1);
        assertThat(throttle.mayTry("lea", ATTACKER)).isTrue();
    }
}

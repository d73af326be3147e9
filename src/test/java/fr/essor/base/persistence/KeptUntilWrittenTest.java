package fr.essor.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionExecution;

class KeptUntilWrittenTest {

    private final CommittedWrites writes = new CommittedWrites();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    /** Background reads wait here until a test runs them. */
    private final List<Runnable> behind = new ArrayList<>();
    private final KeptUntilWritten<String, Integer> kept = new KeptUntilWritten<>(writes, Duration.ofSeconds(10), 2, nanos::get, behind::add);

    private void runBehind() {
        List<Runnable> queued = List.copyOf(behind);
        behind.clear();
        queued.forEach(Runnable::run);
    }

    private Integer read() {
        return reads.incrementAndGet();
    }

    private static TransactionExecution transaction(boolean readOnly) {
        return new TransactionExecution() {
            @Override
            public boolean isReadOnly() {
                return readOnly;
            }
        };
    }

    @Test
    void everyone_gets_the_first_reading_while_nothing_is_written() {
        assertThat(kept.get("a", this::read)).isEqualTo(1);
        assertThat(kept.get("a", this::read)).isEqualTo(1);
        writes.afterCommit(transaction(true), null);
        assertThat(kept.get("a", this::read)).as("a read-only transaction writes nothing").isEqualTo(1);
    }

    @Test
    void a_committed_write_makes_the_next_one_read_again() {
        kept.get("a", this::read);
        writes.afterCommit(transaction(false), null);
        assertThat(kept.get("a", this::read)).isEqualTo(2);
        assertThat(kept.get("a", this::read)).isEqualTo(2);
    }

    @Test
    void a_failed_commit_changes_nothing() {
        kept.get("a", this::read);
        writes.afterCommit(transaction(false), new IllegalStateException("disk full"));
        assertThat(kept.get("a", this::read)).isEqualTo(1);
    }

    @Test
    void what_another_instance_wrote_shows_once_the_reading_is_ten_seconds_old_read_again_behind_the_request() {
        kept.get("a", this::read);
        nanos.set(Duration.ofSeconds(9).toNanos());
        assertThat(kept.get("a", this::read)).isEqualTo(1);
        assertThat(behind).isEmpty();

        nanos.set(Duration.ofSeconds(10).toNanos());
        assertThat(kept.get("a", this::read)).as("served once more, not read in the request").isEqualTo(1);
        assertThat(kept.get("a", this::read)).isEqualTo(1);
        assertThat(behind).as("one background read for the key, however many ask meanwhile").hasSize(1);
        runBehind();
        assertThat(kept.get("a", this::read)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_reading_three_times_too_old_is_read_in_the_request_and_a_failed_background_read_keeps_the_old_one_until_then() {
        kept.get("a", this::read);
        nanos.set(Duration.ofSeconds(15).toNanos());
        assertThat(kept.get("a", () -> {
            throw new IllegalStateException("database away");
        })).isEqualTo(1);
        runBehind(); // fails: logged, the old value stays
        nanos.set(Duration.ofSeconds(29).toNanos());
        assertThat(kept.get("a", this::read)).isEqualTo(1);
        behind.clear();
        nanos.set(Duration.ofSeconds(30).toNanos());
        assertThat(kept.get("a", this::read)).as("read in the request").isEqualTo(2);
    }

    @Test
    void after_this_instances_own_write_the_request_reads_whatever_the_age() {
        kept.get("a", this::read);
        nanos.set(Duration.ofSeconds(12).toNanos());
        writes.afterCommit(transaction(false), null);
        assertThat(kept.get("a", this::read)).isEqualTo(2);
        assertThat(behind).isEmpty();
    }

    @Test
    void a_reading_that_a_commit_overtook_is_not_kept_as_current() {
        kept.get("a", () -> {
            writes.afterCommit(transaction(false), null); // committed while this reading was under way
            return read();
        });
        assertThat(kept.get("a", this::read)).isEqualTo(2);
    }

    @Test
    void each_key_has_its_own_value_and_the_least_recently_used_goes_first() {
        assertThat(kept.get("a", () -> 10)).isEqualTo(10);
        assertThat(kept.get("b", () -> 20)).isEqualTo(20);
        assertThat(kept.get("a", () -> 11)).as("kept").isEqualTo(10);
        kept.get("c", () -> 30); // holds two: "b", used least recently, goes
        assertThat(kept.get("a", () -> 12)).isEqualTo(10);
        assertThat(kept.get("b", () -> 21)).as("read again").isEqualTo(21);
    }

    @Test
    void a_committed_write_makes_every_key_read_again() {
        kept.get("a", () -> 10);
        kept.get("b", () -> 20);
        writes.afterCommit(transaction(false), null);
        assertThat(kept.get("a", () -> 11)).isEqualTo(11);
        assertThat(kept.get("b", () -> 21)).isEqualTo(21);
    }
}

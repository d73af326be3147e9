package fr.essor.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionExecution;

class KeptUntilWrittenTest {

    private final CommittedWrites writes = new CommittedWrites();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final KeptUntilWritten<String, Integer> kept = new KeptUntilWritten<>(writes, Duration.ofSeconds(10), 2, nanos::get);

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
    void what_another_instance_wrote_shows_once_the_reading_is_ten_seconds_old() {
        kept.get("a", this::read);
        nanos.set(Duration.ofSeconds(9).toNanos());
        assertThat(kept.get("a", this::read)).isEqualTo(1);
        nanos.set(Duration.ofSeconds(10).toNanos());
        assertThat(kept.get("a", this::read)).isEqualTo(2);
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

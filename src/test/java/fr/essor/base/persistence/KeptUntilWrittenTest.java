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
    private final KeptUntilWritten<Integer> kept = new KeptUntilWritten<>(writes, Duration.ofSeconds(10), nanos::get);

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
        assertThat(kept.get(this::read)).isEqualTo(1);
        assertThat(kept.get(this::read)).isEqualTo(1);
        writes.afterCommit(transaction(true), null);
        assertThat(kept.get(this::read)).as("a read-only transaction writes nothing").isEqualTo(1);
    }

    @Test
    void a_committed_write_makes_the_next_one_read_again() {
        kept.get(this::read);
        writes.afterCommit(transaction(false), null);
        assertThat(kept.get(this::read)).isEqualTo(2);
        assertThat(kept.get(this::read)).isEqualTo(2);
    }

    @Test
    void a_failed_commit_changes_nothing() {
        kept.get(this::read);
        writes.afterCommit(transaction(false), new IllegalStateException("disk full"));
        assertThat(kept.get(this::read)).isEqualTo(1);
    }

    @Test
    void what_another_instance_wrote_shows_once_the_reading_is_ten_seconds_old() {
        kept.get(this::read);
        nanos.set(Duration.ofSeconds(9).toNanos());
        assertThat(kept.get(this::read)).isEqualTo(1);
        nanos.set(Duration.ofSeconds(10).toNanos());
        assertThat(kept.get(this::read)).isEqualTo(2);
    }

    @Test
    void a_reading_that_a_commit_overtook_is_not_kept_as_current() {
        kept.get(() -> {
            writes.afterCommit(transaction(false), null); // committed while this reading was under way
            return read();
        });
        assertThat(kept.get(this::read)).isEqualTo(2);
    }
}

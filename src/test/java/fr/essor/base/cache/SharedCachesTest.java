package fr.essor.base.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What a shared value promises: one's own write shows at once, another instance's within ten seconds. */
class SharedCachesTest {

    private final CaffeineCacheManager manager = new SharedCacheConfiguration().cacheManager();
    private final AtomicLong nanos = new AtomicLong(1);
    /** Background work (reads that refresh a value, the cache's upkeep) waits here until a test runs it. */
    private final List<Runnable> behind = new ArrayList<>();
    private final SharedCaches caches = new SharedCaches(manager, nanos::get, behind::add);
    private final AtomicInteger reads = new AtomicInteger();
    /** What the database says: the number of reads so far, unless a test makes it fail. */
    private volatile Function<String, Integer> database = key -> reads.incrementAndGet();
    private final SharedCache<String, Integer> kept = caches.ofReads("test", 10, key -> database.apply(key));

    private void runBehind() {
        while (!behind.isEmpty()) {
            List<Runnable> queued = List.copyOf(behind);
            behind.clear();
            queued.forEach(Runnable::run);
        }
    }

    private void at(Duration sinceFirstRead) {
        nanos.set(1 + sinceFirstRead.toNanos());
    }

    private void commit(boolean readOnly, Throwable failure) {
        caches.afterCommit(new TransactionExecution() {
            @Override
            public boolean isReadOnly() {
                return readOnly;
            }
        }, failure);
    }

    private void commitWrite() {
        commit(false, null);
    }

    @Test
    void everyone_gets_the_first_reading_while_nothing_is_written() {
        assertThat(kept.get("a")).isEqualTo(1);
        assertThat(kept.get("a")).isEqualTo(1);
        commit(true, null);
        assertThat(kept.get("a")).as("a read-only transaction writes nothing").isEqualTo(1);
    }

    @Test
    void a_committed_write_makes_the_next_one_read_again() {
        kept.get("a");
        commitWrite();
        assertThat(kept.get("a")).isEqualTo(2);
        assertThat(kept.get("a")).isEqualTo(2);
    }

    @Test
    void a_committed_write_makes_every_key_read_again() {
        kept.get("a");
        kept.get("b");
        commitWrite();
        assertThat(kept.get("a")).isEqualTo(3);
        assertThat(kept.get("b")).isEqualTo(4);
    }

    @Test
    void a_failed_commit_changes_nothing() {
        kept.get("a");
        commit(false, new IllegalStateException("disk full"));
        assertThat(kept.get("a")).isEqualTo(1);
    }

    @Test
    void what_another_instance_wrote_shows_once_the_reading_is_ten_seconds_old_read_again_behind_the_request() {
        kept.get("a");
        at(Duration.ofSeconds(9));
        assertThat(kept.get("a")).isEqualTo(1);
        runBehind();
        assertThat(reads).as("not read again before ten seconds").hasValue(1);

        at(Duration.ofSeconds(11));
        assertThat(kept.get("a")).as("served once more, not read in the request").isEqualTo(1);
        assertThat(kept.get("a")).isEqualTo(1);
        assertThat(reads).hasValue(1);
        runBehind();
        assertThat(reads).as("one background read for the key, however many asked meanwhile").hasValue(2);
        assertThat(kept.get("a")).isEqualTo(2);
    }

    @Test
    void a_reading_three_times_too_old_is_read_in_the_request_and_a_failed_background_read_keeps_the_old_one_until_then() {
        kept.get("a");
        database = key -> {
            throw new IllegalStateException("database away");
        };
        at(Duration.ofSeconds(15));
        assertThat(kept.get("a")).isEqualTo(1);
        runBehind(); // fails: Caffeine logs it, the old value stays
        at(Duration.ofSeconds(29));
        assertThat(kept.get("a")).isEqualTo(1);
        behind.clear();

        database = key -> reads.incrementAndGet();
        at(Duration.ofSeconds(31));
        assertThat(kept.get("a")).as("read in the request").isEqualTo(2);
    }

    @Test
    void after_this_instances_own_write_the_request_reads_whatever_the_age() {
        kept.get("a");
        at(Duration.ofSeconds(12));
        commitWrite();
        assertThat(kept.get("a")).as("read in the request, not served once more").isEqualTo(2);
    }

    @Test
    void a_reading_that_a_commit_overtook_is_not_kept_as_current() {
        database = key -> {
            commitWrite(); // committed while this reading was under way
            return reads.incrementAndGet();
        };
        assertThat(kept.get("a")).isEqualTo(1);
        database = key -> reads.incrementAndGet();
        assertThat(kept.get("a")).isEqualTo(2);
    }

    @Test
    void after_a_write_those_who_ask_at_once_wait_for_one_reading() throws Exception {
        kept.get("a");
        commitWrite();
        var reading = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        database = key -> {
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reads.incrementAndGet();
        };
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> kept.get("a"));
        reading.await();
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> kept.get("a"));
        Thread.sleep(200); // the second asks while the first reads
        release.countDown();

        assertThat(first.get()).isEqualTo(2);
        assertThat(second.get()).isEqualTo(2);
        assertThat(reads).as("one reading for both").hasValue(2);
    }

    @Test
    void what_a_writing_transaction_reads_is_not_kept_for_others_before_it_commits() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThat(kept.get("a")).isEqualTo(1);
            assertThat(kept.get("a")).as("read each time within the transaction").isEqualTo(2);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(kept.get("a")).as("nothing of it was kept").isEqualTo(3);
        assertThat(kept.get("a")).isEqualTo(3);
    }

    @Test
    void each_cache_keeps_at_most_its_size() {
        for (int key = 0; key < 50; key++) {
            kept.get("key " + key);
        }
        runBehind();
        var nativeCache = (com.github.benmanes.caffeine.cache.Cache<?, ?>) manager.getCache("test").getNativeCache();
        nativeCache.cleanUp();
        assertThat(nativeCache.estimatedSize()).isLessThanOrEqualTo(10);
    }

    @Test
    void a_result_worked_out_from_its_key_alone_never_goes_stale() {
        AtomicInteger workedOut = new AtomicInteger();
        SharedCache<String, String> results = caches.ofResults("results", 10, key -> key + workedOut.incrementAndGet());
        assertThat(results.get("a")).isEqualTo("a1");
        commitWrite();
        at(Duration.ofHours(1));
        assertThat(results.get("a")).isEqualTo("a1");
    }

    @Test
    void every_cache_is_listed_by_springs_cache_manager_under_its_own_name() {
        caches.ofResults("results", 10, key -> key);
        assertThat(manager.getCacheNames()).containsExactlyInAnyOrder("test", "results");
        assertThat(manager.getCache("made up")).as("no cache made up from a name").isNull();
        assertThatThrownBy(() -> caches.ofReads("test", 10, key -> key)).isInstanceOf(IllegalStateException.class);
    }
}

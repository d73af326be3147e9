package fr.essor.base.persistence;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values read from the database, one per key, shared by everyone who asks, and read again once this instance
 * commits a write or once they are older than a bound. The bound is for writes committed by another instance
 * on the same database, which this one cannot see coming: they show within it, plus the time one read takes.
 *
 * <p>A value only older than the bound (this instance wrote nothing since) is served once more while one
 * background read replaces it: read in the request, a large deployment's whole history read again every ten
 * seconds made one page answer in 360 ms (bench/large-deployment.sh, goal 300 ms). Past three times the bound
 * (a background read that failed or is slow), the request reads it itself. After this instance's own write,
 * the next request always reads: what one has just saved shows at once.
 *
 * <p>Any committed write makes every kept value stale, whatever it changed: counting commits is all this
 * instance knows for sure, and a page asks each question once, so a stale value costs one read.
 *
 * <p>Two readers may both read after a write; the last one to finish keeps its value. A value read before a
 * commit is kept under the count before it, so the next reader, seeing the new count, reads again. Only
 * the most recently used keys are kept; values must not change once read (records, unmodifiable lists), since
 * they are shared between sessions and threads.
 */
public final class KeptUntilWritten<K, V> {

    private record Kept<V>(long writes, long readAtNanos, V value) {
    }

    private static final Logger log = LoggerFactory.getLogger(KeptUntilWritten.class);
    /** How much older than the bound a value may still be served while it is read again behind. */
    private static final int SERVED_WHILE_READ_AGAIN_UP_TO_BOUNDS = 3;

    private final CommittedWrites writes;
    private final long longestNanos;
    private final LongSupplier nanoTime;
    private final Executor background;
    private final Map<K, Kept<V>> kept;
    /** Keys being read again behind: one background read per key at a time. */
    private final Set<K> readingAgain = ConcurrentHashMap.newKeySet();

    /** How late a write committed by another Essor on the same database may show here: docs/operations.md says so. */
    public static final Duration OTHER_INSTANCES_WRITES_SHOW_WITHIN = Duration.ofSeconds(10);

    /** Keeps at most {@code mostKept} keys, each for {@link #OTHER_INSTANCES_WRITES_SHOW_WITHIN} at most. */
    public KeptUntilWritten(CommittedWrites writes, int mostKept) {
        this(writes, OTHER_INSTANCES_WRITES_SHOW_WITHIN, mostKept, System::nanoTime,
                // A virtual thread per background read: a few every ten seconds, each waiting on the database.
                task -> Thread.ofVirtual().name("kept-until-written").start(task));
    }

    KeptUntilWritten(CommittedWrites writes, Duration longest, int mostKept, LongSupplier nanoTime, Executor background) {
        this.writes = writes;
        this.longestNanos = longest.toNanos();
        this.nanoTime = nanoTime;
        this.background = background;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > mostKept;
            }
        };
    }

    /** The value kept for this key if nothing was committed since it was read, else what {@code read} gives now. */
    public V get(K key, Supplier<? extends V> read) {
        long writesBefore = writes.count();
        long now = nanoTime.getAsLong();
        Kept<V> known;
        synchronized (kept) {
            known = kept.get(key);
        }
        if (known != null && known.writes() == writesBefore) {
            long age = now - known.readAtNanos();
            if (age < longestNanos) {
                return known.value();
            }
            if (age < SERVED_WHILE_READ_AGAIN_UP_TO_BOUNDS * longestNanos) {
                readAgainBehind(key, read);
                return known.value();
            }
        }
        return readNow(key, read, writesBefore, now);
    }

    private V readNow(K key, Supplier<? extends V> read, long writesBefore, long now) {
        V value = read.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(writesBefore, now, value));
        }
        return value;
    }

    private void readAgainBehind(K key, Supplier<? extends V> read) {
        if (!readingAgain.add(key)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    readNow(key, read, writes.count(), nanoTime.getAsLong());
                } catch (RuntimeException failed) {
                    // The old value stays served until three times the bound, then a request reads it itself.
                    log.warn("Reading {} again in the background failed", key, failed);
                } finally {
                    readingAgain.remove(key);
                }
            });
        } catch (RuntimeException refused) {
            readingAgain.remove(key);
            throw refused;
        }
    }
}

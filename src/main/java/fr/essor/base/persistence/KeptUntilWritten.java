package fr.essor.base.persistence;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values read from the database, one per key, shared by everyone who asks, and read again once this instance
 * commits a write or once they are older than a bound. The bound is for writes committed by another instance
 * on the same database, which this one cannot see coming: they show within it.
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

    private final CommittedWrites writes;
    private final long longestNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Kept<V>> kept;

    /** How late a write committed by another Essor on the same database may show here: the README says so. */
    public static final Duration OTHER_INSTANCES_WRITES_SHOW_WITHIN = Duration.ofSeconds(10);

    /** Keeps at most {@code mostKept} keys, each for {@link #OTHER_INSTANCES_WRITES_SHOW_WITHIN} at most. */
    public KeptUntilWritten(CommittedWrites writes, int mostKept) {
        this(writes, OTHER_INSTANCES_WRITES_SHOW_WITHIN, mostKept, System::nanoTime);
    }

    KeptUntilWritten(CommittedWrites writes, Duration longest, int mostKept, LongSupplier nanoTime) {
        this.writes = writes;
        this.longestNanos = longest.toNanos();
        this.nanoTime = nanoTime;
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
        if (known != null && known.writes() == writesBefore && now - known.readAtNanos() < longestNanos) {
            return known.value();
        }
        V value = read.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(writesBefore, now, value));
        }
        return value;
    }
}

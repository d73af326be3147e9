package fr.essor.base.cache;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One cache of values that every session shares, by key; {@link SharedCaches} builds it and says when a value
 * goes stale. Values never change once made: whoever asks gets the very same instance.
 */
public final class SharedCache<K, V> {

    /** A value, and how many writes this instance had committed when its reading began. */
    record Kept<V>(long commitsBefore, V value) {
    }

    /** Reads a value tagged with the commits counted before the reading began. */
    record Reads<K, V>(Function<? super K, ? extends V> read, LongSupplier commits) {

        Kept<V> load(K key) {
            long before = commits.getAsLong(); // first: a write committed during the reading makes it stale
            return new Kept<>(before, read.apply(key));
        }
    }

    private final LoadingCache<K, Kept<V>> cache;
    private final Reads<K, V> reads;
    private final boolean fromDatabase;

    SharedCache(LoadingCache<K, Kept<V>> cache, Reads<K, V> reads, boolean fromDatabase) {
        this.cache = cache;
        this.reads = reads;
        this.fromDatabase = fromDatabase;
    }

    /** The value kept for this key if nothing made it stale, else what is read now (and kept for the next ones). */
    public V get(K key) {
        if (fromDatabase && inWriteTransaction()) {
            // This transaction may have written already: what it reads is not everyone's until it commits.
            return reads.read().apply(key);
        }
        long committed = reads.commits().getAsLong();
        Kept<V> kept = cache.get(key);
        if (kept.commitsBefore() < committed) {
            // Read before a write this instance has committed since (or while it committed): read again, here,
            // once for everyone who asks meanwhile.
            kept = cache.asMap().compute(key, (same, known) ->
                    known != null && known.commitsBefore() >= committed ? known : reads.load(same));
        }
        return kept.value();
    }

    private static boolean inWriteTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
               && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}

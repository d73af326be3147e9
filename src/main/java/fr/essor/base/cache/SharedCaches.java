package fr.essor.base.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Builds the caches whose values every session shares, and registers each with Spring's cache manager. Values
 * must never change once made (records, unmodifiable collections, never an entity a form may bind):
 * SharedValuesTest walks every cached value.
 *
 * <p>A cache {@link #ofReads of reads} keeps what the database said, for everyone, until:
 * <ul>
 * <li>this instance commits a write, through JPA or SQL, whatever it changed: the next request reads again, so
 *     what one has just saved shows at once. Spring Boot registers this class with the transaction manager;
 *     counting commits covers every way of writing (form, API, both imports, users, tokens), where listening
 *     to each feature's events would have to be kept complete by hand;</li>
 * <li>it is {@link #OTHER_INSTANCES_WRITES_SHOW_WITHIN} old, for writes committed by another instance on the
 *     same database: it is then served once more while one background read replaces it (read in the request, a
 *     large deployment's whole history read again every ten seconds made one page answer in 360 ms); past three
 *     times that age (a background read that failed or lags) the request reads it itself.</li>
 * </ul>
 * A cache {@link #ofResults of results} keeps what was worked out from its key alone, which never goes stale.
 */
@Component
public class SharedCaches implements TransactionExecutionListener {

    /** How late a write committed by another Essor on the same database may show here: docs/operations.md says so. */
    public static final Duration OTHER_INSTANCES_WRITES_SHOW_WITHIN = Duration.ofSeconds(10);
    /** A value older than this is read in the request rather than served while it is read again behind. */
    static final Duration SERVED_WHILE_READ_AGAIN_UP_TO = OTHER_INSTANCES_WRITES_SHOW_WITHIN.multipliedBy(3);

    private final CaffeineCacheManager manager;
    private final AtomicLong commits = new AtomicLong();
    private final Ticker ticker;
    private final Executor background;

    @Autowired
    SharedCaches(CaffeineCacheManager manager) {
        // A virtual thread per background read and per cache upkeep: the reads wait on the database, and Caffeine's
        // default pool (the common pool) has a single thread on two cores.
        this(manager, Ticker.systemTicker(), task -> Thread.ofVirtual().name("shared-cache").start(task));
    }

    SharedCaches(CaffeineCacheManager manager, Ticker ticker, Executor background) {
        this.manager = manager;
        this.ticker = ticker;
        this.background = background;
    }

    /**
     * A cache of values read from the database, at most {@code mostKept} keys (the least useful go first).
     *
     * @param name unique; the name Spring's cache manager lists it by
     * @param read what the database says for a key; run in the asking request, or behind it to refresh
     */
    public <K, V> SharedCache<K, V> ofReads(String name, long mostKept, Function<? super K, ? extends V> read) {
        return register(name, Caffeine.newBuilder().maximumSize(mostKept)
                .refreshAfterWrite(OTHER_INSTANCES_WRITES_SHOW_WITHIN)
                .expireAfterWrite(SERVED_WHILE_READ_AGAIN_UP_TO), read, true);
    }

    /** A cache of results worked out from their key alone (no database): never stale, dropped only for room. */
    public <K, V> SharedCache<K, V> ofResults(String name, long mostKept, Function<? super K, ? extends V> workOut) {
        return register(name, Caffeine.newBuilder().maximumSize(mostKept), workOut, false);
    }

    private <K, V> SharedCache<K, V> register(String name, Caffeine<Object, Object> builder,
                                             Function<? super K, ? extends V> read, boolean fromDatabase) {
        if (manager.getCacheNames().contains(name)) {
            throw new IllegalStateException("two shared caches named " + name);
        }
        var reads = new SharedCache.Reads<K, V>(read, fromDatabase ? commits::get : () -> 0L);
        LoadingCache<K, SharedCache.Kept<V>> cache = builder.ticker(ticker).executor(background).build(reads::load);
        manager.registerCustomCache(name, asObjects(cache));
        return new SharedCache<>(cache, reads, fromDatabase);
    }

    @SuppressWarnings("unchecked")
    private static Cache<Object, Object> asObjects(Cache<?, ?> cache) {
        return (Cache<Object, Object>) cache;
    }

    /** Every kept value read before this moment is stale: the next one to ask reads it again. */
    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()) {
            commits.incrementAndGet();
        }
    }
}

package fr.essor.base.persistence;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value read from the database, shared by everyone who asks, and read again once this instance commits a
 * write or once it is older than a bound. The bound is for writes committed by another instance on the same
 * database, which this one cannot see coming: they show within it.
 *
 * <p>Two readers may both read after a write; the last one to finish keeps its value. A value read before a
 * commit is kept under the count before it, so the next reader, seeing the new count, reads again.
 */
public final class KeptUntilWritten<T> {

    private record Kept<T>(long writes, long readAtNanos, T value) {
    }

    private final CommittedWrites writes;
    private final long longestNanos;
    private final LongSupplier nanoTime;
    private volatile @Nullable Kept<T> kept;

    public KeptUntilWritten(CommittedWrites writes, Duration longest) {
        this(writes, longest, System::nanoTime);
    }

    KeptUntilWritten(CommittedWrites writes, Duration longest, LongSupplier nanoTime) {
        this.writes = writes;
        this.longestNanos = longest.toNanos();
        this.nanoTime = nanoTime;
    }

    public T get(Supplier<T> read) {
        long writesBefore = writes.count();
        long now = nanoTime.getAsLong();
        Kept<T> known = kept;
        if (known != null && known.writes() == writesBefore && now - known.readAtNanos() < longestNanos) {
            return known.value();
        }
        T value = read.get();
        kept = new Kept<>(writesBefore, now, value);
        return value;
    }
}

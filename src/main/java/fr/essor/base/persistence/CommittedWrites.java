package fr.essor.base.persistence;

import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts the read-write transactions this instance has committed. Every write, through JPA or SQL, runs in
 * one (the services own them), so a figure read while this count stood still is still true here. Spring
 * Boot registers this listener with the transaction manager; the count moves only after the commit, so a
 * value read before the commit is never kept under the new count.
 */
@Component
public class CommittedWrites implements TransactionExecutionListener {

    private final AtomicLong committed = new AtomicLong();

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()) {
            committed.incrementAndGet();
        }
    }

    public long count() {
        return committed.get();
    }
}

package fr.essor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another person's save that has reached the database but not yet committed: the moment a race lets a
 * second save pass the service's own check. The caller saves meanwhile; this one commits a moment later.
 */
@Component
public class SecondSession {

    private final TransactionTemplate transactions;

    SecondSession(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    /** Runs the save in its own transaction and returns once it is written; it commits about 300 ms later. */
    public CompletableFuture<Void> saveCommittingLater(Runnable save) throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        // The other person is signed in too: the caller's own rights, carried to the other thread.
        CompletableFuture<Void> committed = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(
                () -> transactions.executeWithoutResult(status -> {
                    save.run();
                    written.countDown();
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })));
        if (!written.await(30, TimeUnit.SECONDS)) {
            committed.join(); // surfaces the save's own failure
        }
        return committed;
    }
}

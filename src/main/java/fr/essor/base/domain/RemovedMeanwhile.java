package fr.essor.base.domain;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A record someone else removed while this user was working on it: the same family as a stale save, so
 * every caller (a dialog, the session's error handler) answers it with the reload offer.
 */
public final class RemovedMeanwhile {

    private RemovedMeanwhile() {
    }

    public static OptimisticLockingFailureException of(String record, long id) {
        return new OptimisticLockingFailureException(record + " " + id + " was removed meanwhile");
    }
}

package fr.essor.rollout;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A deployment, a measurement or an event was created, changed or removed. Published inside the change's own
 * transaction, so whoever listens (the audit trail) writes in it too: a change that fails leaves no trace, and
 * one that commits always has its entry.
 *
 * @param before the fields before the change, keyed by their label's translation key; null for a creation
 * @param after the fields after it; null for a removal
 */
public record RolloutChanged(Change change, Subject subject, long subjectId, long deploymentId,
                             @Nullable Map<String, @Nullable Object> before,
                             @Nullable Map<String, @Nullable Object> after) {

    public enum Change { CREATED, UPDATED, DELETED }

    public enum Subject { DEPLOYMENT, MEASUREMENT, EVENT }

    static RolloutChanged savedOrCreated(boolean created, Subject subject, long subjectId, long deploymentId,
                                         @Nullable Map<String, @Nullable Object> before,
                                         Map<String, @Nullable Object> after) {
        return new RolloutChanged(created ? Change.CREATED : Change.UPDATED, subject, subjectId, deploymentId, before, after);
    }
}

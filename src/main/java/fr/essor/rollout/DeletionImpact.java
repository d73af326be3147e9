package fr.essor.rollout;

/** What deleting a deployment takes with it, so the confirmation can say so. */
public record DeletionImpact(String organisation, long measurements, long events) {
}

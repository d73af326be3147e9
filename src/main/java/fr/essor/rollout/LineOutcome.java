package fr.essor.rollout;

/** What the import does with one line. */
public enum LineOutcome {
    ADDED, REPLACES, SKIPPED, REFUSED;

    public boolean saved() {
        return this == ADDED || this == REPLACES;
    }
}

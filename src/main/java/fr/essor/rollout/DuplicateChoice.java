package fr.essor.rollout;

/** What to do with a line whose date (and country, or title for an event) Essor already has. */
public enum DuplicateChoice {
    /** Keep what Essor has; the line is left out, not counted as an error. */
    SKIP,
    /** The file's line takes the stored row's place; undoing the import puts the stored row back. */
    REPLACE,
    /** The line is refused like a bad line, so the user sees each clash. */
    REFUSE
}

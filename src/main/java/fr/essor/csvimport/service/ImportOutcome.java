package fr.essor.csvimport.service;

/** A committed import: its id (for an undo), the rows added and how many stored rows they replaced. */
public record ImportOutcome(long importId, long saved, long replaced, long skipped, long refused) {
}

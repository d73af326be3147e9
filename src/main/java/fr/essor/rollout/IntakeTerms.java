package fr.essor.rollout;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What a way in tells the intake besides its lines.
 *
 * @param usersZone the time zone of the person sending the lines (their browser's), so that "not in the future"
 *                  and "planned" mean their today; null when unknown (a script), then the server's zone stands in
 * @param duplicates what to do with a line whose day (and country, or title) Essor already has
 * @param origin what the change history names as the lines' origin ("API", a file's name)
 * @param expectedLines how many lines will come, or -1 when they are streamed and nobody knows
 */
public record IntakeTerms(@Nullable ZoneId usersZone, DuplicateChoice duplicates, String origin, long expectedLines) {

    /** A script's batch or a document: a line Essor already has is refused, as the form refuses it. */
    public static IntakeTerms refusingDuplicates(@Nullable ZoneId usersZone, String origin, long expectedLines) {
        return new IntakeTerms(usersZone, DuplicateChoice.REFUSE, origin, expectedLines);
    }
}

package fr.essor.csvimport.service;

import fr.essor.rollout.DuplicateChoice;
import fr.essor.rollout.IntakeTerms;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** What the user chose in the dialog: where, which file, read how, and the user's time zone (their browser's). */
public record ImportRequest(long deploymentId, String fileName, ImportContent content, ImportPreset preset,
                            ColumnMapping mapping, DuplicateChoice duplicates, @Nullable ZoneId usersZone) {

    /** A request whose sender's time zone is not known: the server's today stands in. */
    public ImportRequest(long deploymentId, String fileName, ImportContent content, ImportPreset preset,
                         ColumnMapping mapping, DuplicateChoice duplicates) {
        this(deploymentId, fileName, content, preset, mapping, duplicates, null);
    }

    /** How the intake is to take the file's lines: in the sender's today, its duplicates as chosen. */
    IntakeTerms terms() {
        return new IntakeTerms(usersZone, duplicates, fileName, -1);
    }

    /** Longer names are cut in the import's record (the file keeps its name; the record keeps 255 characters). */
    public static final int FILE_NAME_MAX_LENGTH = 255;
}

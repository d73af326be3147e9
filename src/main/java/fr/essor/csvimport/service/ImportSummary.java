package fr.essor.csvimport.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One past import, as the list of imports shows it; undone ones keep who undid them and when. */
public record ImportSummary(long id, String fileName, ImportContent content, ImportPreset preset, long linesSaved,
                            long rowsReplaced, String importedBy, Instant importedAt, @Nullable String undoneBy,
                            @Nullable Instant undoneAt) {

    public boolean undone() {
        return undoneAt != null;
    }
}

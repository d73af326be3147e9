package fr.essor.imports.service;

/** What the user chose in the dialog (or an API caller sends): where, which file, read how. */
public record ImportRequest(long deploymentId, String fileName, ImportContent content, ImportPreset preset,
                            ColumnMapping mapping, DuplicateChoice duplicates) {

    /** Longer names are cut in the import's record (the file keeps its name; the record keeps 255 characters). */
    public static final int FILE_NAME_MAX_LENGTH = 255;
}

package fr.essor.csvimport.service;

import java.util.Arrays;
import java.util.List;

/** What a file holds: measurements (figures at a date) or events (what the rollout team did). */
public enum ImportContent {
    MEASUREMENTS, EVENTS;

    /** The fields a file of this content can fill, in the order the dialog and the preview show them. */
    public List<ImportField> fields() {
        return Arrays.stream(ImportField.values()).filter(field -> field.content() == null || field.content() == this).toList();
    }
}

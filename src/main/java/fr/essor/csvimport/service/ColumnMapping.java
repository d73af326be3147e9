package fr.essor.csvimport.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which header names each field is read from. A field read from several columns takes the largest of
 * their values (a preset's rule, e.g. Viva Engage's readers, posters and likers); the dialog maps one.
 */
public record ColumnMapping(Map<ImportField, List<String>> columns) {

    public ColumnMapping {
        EnumMap<ImportField, List<String>> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, names) -> {
            if (!names.isEmpty()) {
                copy.put(field, List.copyOf(names));
            }
        });
        columns = Map.copyOf(copy);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    public List<String> columnsOf(ImportField field) {
        return columns.getOrDefault(field, List.of());
    }

    public Optional<String> firstColumnOf(ImportField field) {
        return columnsOf(field).stream().findFirst();
    }

    public ColumnMapping with(ImportField field, List<String> names) {
        Map<ImportField, List<String>> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        changed.put(field, names);
        return new ColumnMapping(changed);
    }

    /** The required fields of this content that no column feeds. */
    public List<ImportField> missing(ImportContent content) {
        return content.fields().stream().filter(ImportField::required).filter(field -> columnsOf(field).isEmpty()).toList();
    }

    /** One line per field, "FIELD=name|name", as the mapping is remembered per deployment. */
    String encoded() {
        List<String> lines = new ArrayList<>();
        columns.forEach((field, names) -> lines.add(field.name() + "=" + String.join("|", names)));
        return String.join("\n", lines);
    }

    static ColumnMapping decoded(String text) {
        Map<ImportField, List<String>> columns = new EnumMap<>(ImportField.class);
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                try {
                    columns.put(ImportField.valueOf(line.substring(0, equals)), List.of(line.substring(equals + 1).split("\\|")));
                } catch (IllegalArgumentException renamedSince) {
                    // a field that no longer exists: the rest of the mapping still helps
                }
            }
        }
        return new ColumnMapping(columns);
    }
}

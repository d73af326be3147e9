package fr.essor.csvimport.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A first mapping for a file's columns: each field takes the column named like its label in Essor (in
 * French or English, as Essor's own exports write them) or like one of the usual names below.
 */
final class MappingProposal {

    private static final Map<ImportField, List<String>> USUAL_NAMES = new EnumMap<>(Map.of(
            ImportField.DATE, List.of("date", "day", "jour", "report date", "as of"),
            ImportField.ACTIVE_USERS, List.of("active users", "utilisateurs actifs", "actifs", "active",
                    "daily active members", "daily active people", "daily active users", "dau"),
            ImportField.REGISTERED_USERS, List.of("registered users", "inscrits", "utilisateurs inscrits",
                    "registered", "members", "membres", "total enabled membership", "claimed accounts"),
            ImportField.COUNTRIES_REACHED, List.of("countries reached", "pays atteints"),
            ImportField.PROFESSIONAL_GROUPS, List.of("professional groups", "groupes professionnels"),
            ImportField.PERSONAL_GROUPS, List.of("personal groups", "groupes personnels"),
            ImportField.COUNTRY, List.of("country", "pays", "country code", "code pays"),
            ImportField.KIND, List.of("kind", "type", "nature"),
            ImportField.TITLE, List.of("title", "titre", "name", "nom"),
            ImportField.NOTE, List.of("note", "notes", "comment", "commentaire", "description")));

    private MappingProposal() {
    }

    static ColumnMapping propose(List<String> header, ImportContent content) {
        Map<ImportField, List<String>> columns = new EnumMap<>(ImportField.class);
        List<String> taken = new ArrayList<>();
        for (ImportField field : content.fields()) {
            List<String> names = new ArrayList<>(HeaderNames.labels(field.labelKey()));
            names.addAll(USUAL_NAMES.getOrDefault(field, List.of()));
            List<String> free = header.stream().filter(column -> !taken.contains(column)).toList();
            HeaderNames.find(free, names).ifPresent(column -> {
                taken.add(column);
                columns.put(field, List.of(column));
            });
        }
        return new ColumnMapping(columns);
    }
}

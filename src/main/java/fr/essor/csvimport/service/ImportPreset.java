package fr.essor.csvimport.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The networks' own usage exports, read without a mapping. Each knows its columns (as their
 * documentation names them; see src/test/resources/imports/README.md); which one becomes active users
 * and why, and what period one row covers, the UI explains under import.preset.NAME.explanation.
 * {@link #COLUMNS} is any other file, mapped column by column. Where an export renamed a column over
 * the years, its names are given as alternatives, "old|new"; several entries for one field take the
 * largest of their values. A file is recognised as an export only when it also has one of the columns that
 * only that export writes (its signature): "Date, Active users, Registered users" is any lead's file, and
 * read as Jive's it would count each row as thirty days.
 */
public enum ImportPreset {

    COLUMNS(Map.of(), List.of()),
    /**
     * Microsoft 365 admin center, Viva Engage activity, "Users" view, or Graph getYammerActivityUserCounts:
     * one row per Report Date with the users who read, posted and liked that day, counted separately.
     */
    VIVA_ENGAGE(Map.of(
            ImportField.DATE, List.of("Report Date"),
            ImportField.ACTIVE_USERS, List.of("Read", "Posted", "Liked")),
            List.of("Report Refresh Date", "Report Period")),
    /** Slack analytics dashboard, Overview, exported as CSV: one row per day. */
    SLACK(Map.of(
            ImportField.DATE, List.of("Date"),
            ImportField.ACTIVE_USERS, List.of("Daily active members|Daily active people"),
            ImportField.REGISTERED_USERS, List.of("Total enabled membership|Total members")),
            List.of("Daily members posting messages", "Weekly active members", "Claimed accounts")),
    /** Workplace from Meta, Admin Panel, Insights, People, Export: one row per day. */
    WORKPLACE(Map.of(
            ImportField.DATE, List.of("Date"),
            ImportField.ACTIVE_USERS, List.of("Daily active people|Daily active users"),
            ImportField.REGISTERED_USERS, List.of("Claimed accounts|Claimed people")),
            List.of("Daily active people", "Weekly active people", "Monthly active people")),
    /** Jive Community Manager Reports, User Adoption, Chart Results CSV: active = the previous 30 days. */
    JIVE(Map.of(
            ImportField.DATE, List.of("Date"),
            ImportField.ACTIVE_USERS, List.of("Active Users"),
            ImportField.REGISTERED_USERS, List.of("Registered Users")),
            List.of("Participating Users", "Contributing Users"));

    private final Map<ImportField, List<String>> columns;
    private final List<String> signature;

    ImportPreset(Map<ImportField, List<String>> columns, List<String> signature) {
        this.columns = columns;
        this.signature = signature;
    }

    /** The columns this export has, whatever the file's header; "a|b" when it named one column both ways. */
    public List<String> expectedColumns() {
        List<String> all = new ArrayList<>();
        columns.values().forEach(all::addAll);
        return all;
    }

    /** The mapping for this header: each field's columns, as the header spells them; absent ones left out. */
    public ColumnMapping mappingFor(List<String> header) {
        Map<ImportField, List<String>> found = new EnumMap<>(ImportField.class);
        columns.forEach((field, names) -> {
            List<String> present = new ArrayList<>();
            for (String name : names) {
                HeaderNames.find(header, alternatives(name)).ifPresent(present::add);
            }
            found.put(field, present);
        });
        return new ColumnMapping(found);
    }

    /** Whether a header is this export's: each column it reads is there, and one only this export writes. */
    public boolean recognises(List<String> header) {
        return this != COLUMNS && fits(header) && HeaderNames.find(header, signature).isPresent();
    }

    /** Whether each column this export reads is in the header: the file can be read with this preset. */
    public boolean fits(List<String> header) {
        return expectedColumns().stream().allMatch(name -> HeaderNames.find(header, alternatives(name)).isPresent());
    }

    private static List<String> alternatives(String names) {
        return List.of(names.split("\\|"));
    }
}

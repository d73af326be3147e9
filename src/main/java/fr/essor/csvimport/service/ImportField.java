package fr.essor.csvimport.service;

import org.jspecify.annotations.Nullable;

/** What a column of the file may become; the label is the form's own, so the words match. */
public enum ImportField {
    DATE(null, "milestone.date", true),
    ACTIVE_USERS(ImportContent.MEASUREMENTS, "measurement.activeUsers", false),
    REGISTERED_USERS(ImportContent.MEASUREMENTS, "measurement.registeredUsers", false),
    COUNTRIES_REACHED(ImportContent.MEASUREMENTS, "measurement.countriesReached", false),
    PROFESSIONAL_GROUPS(ImportContent.MEASUREMENTS, "measurement.professionalGroups", false),
    PERSONAL_GROUPS(ImportContent.MEASUREMENTS, "measurement.personalGroups", false),
    /** Per-country usage exports: one row per day and country (ISO 3166 code); empty for the whole network. */
    COUNTRY(ImportContent.MEASUREMENTS, "audit.field.country", false),
    KIND(ImportContent.EVENTS, "event.kind", true),
    TITLE(ImportContent.EVENTS, "event.title", true),
    NOTE(ImportContent.EVENTS, "milestone.note", false);

    private final @Nullable ImportContent content;
    private final String labelKey;
    private final boolean required;

    ImportField(@Nullable ImportContent content, String labelKey, boolean required) {
        this.content = content;
        this.labelKey = labelKey;
        this.required = required;
    }

    /** Null when both contents have it. */
    public @Nullable ImportContent content() {
        return content;
    }

    public String labelKey() {
        return labelKey;
    }

    /** A mapping without a column for it cannot import anything. */
    public boolean required() {
        return required;
    }
}

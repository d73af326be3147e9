package fr.essor.imports.service;

import fr.essor.base.domain.CountryCodes;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.Milestone;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneBulkWrites;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads one line into a measurement or an event and decides its outcome: the file's own errors
 * (unreadable date, a count that is negative or not a whole number, an unknown country or kind), the
 * forms' rules (the same code: active users above the headcount, a date before 1990 or in the future…),
 * then duplicates, in the file and with what Essor already has, as the user chose.
 */
final class LineChecks {

    /** The line as read, and what becomes of it; the milestone is null when the line is refused. */
    record Checked(long line, CSVRecord record, LineOutcome outcome, List<Violation> reasons, @Nullable Milestone milestone) {
    }

    private final ImportRequest request;
    private final Map<ImportField, int[]> columns = new EnumMap<>(ImportField.class);
    private final Deployment deployment;
    private final LocalDate today;
    private final DayKeys stored;
    private final DayKeys inFile = new DayKeys();
    private final Map<String, EventKind> kinds = new HashMap<>();

    LineChecks(ImportRequest request, List<String> header, Deployment deployment, LocalDate today, DayKeys stored) {
        this.request = request;
        this.deployment = deployment;
        this.today = today;
        this.stored = stored;
        for (ImportField field : request.content().fields()) {
            columns.put(field, request.mapping().columnsOf(field).stream().mapToInt(header::indexOf).filter(i -> i >= 0).toArray());
        }
        for (EventKind kind : EventKind.values()) {
            kinds.put(HeaderNames.normalised(kind.name()), kind);
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                kinds.put(HeaderNames.normalised(HeaderNames.bundle(locale).getString("eventKind." + kind.name())), kind);
            }
        }
    }

    Checked check(long line, CSVRecord record) {
        List<Violation> reasons = new ArrayList<>();
        LocalDate day = day(record, reasons);
        Milestone milestone = request.content() == ImportContent.MEASUREMENTS ? measurement(record, reasons) : event(record, reasons);
        if (day != null) {
            milestone.setDate(PartialDate.ofDay(day));
        }
        if (reasons.isEmpty()) {
            for (Violation broken : milestone instanceof Measurement measurement ? MilestoneBulkWrites.check(measurement, deployment, today)
                    : MilestoneBulkWrites.check((RolloutEvent) milestone, deployment, today)) {
                reasons.add(new Violation(labelOf(broken.field()), broken.messageKey(), broken.arguments()));
            }
        }
        if (!reasons.isEmpty() || day == null) {
            return new Checked(line, record, LineOutcome.REFUSED, reasons, null);
        }
        return duplicates(line, record, day, milestone);
    }

    /** The text of each mapped cell, for the preview. */
    Map<ImportField, String> cells(CSVRecord record) {
        Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
        columns.forEach((field, indexes) -> {
            List<String> texts = new ArrayList<>();
            for (int index : indexes) {
                texts.add(cell(record, index));
            }
            cells.put(field, String.join(" / ", texts));
        });
        return cells;
    }

    private Checked duplicates(long line, CSVRecord record, LocalDate day, Milestone milestone) {
        boolean firstInFile;
        boolean inEssor;
        if (milestone instanceof Measurement measurement) {
            firstInFile = inFile.addMeasurement(day, measurement.getCountryCode());
            inEssor = stored.hasMeasurement(day, measurement.getCountryCode());
        } else {
            String title = ((RolloutEvent) milestone).getTitle();
            firstInFile = inFile.addEvent(day, title);
            inEssor = stored.hasEvent(day, title);
        }
        String kind = request.content() == ImportContent.MEASUREMENTS ? "measurement" : "event";
        if (!firstInFile) {
            return refused(line, record, "import.line.duplicateInFile." + kind);
        }
        if (!inEssor) {
            return new Checked(line, record, LineOutcome.ADDED, List.of(), milestone);
        }
        return switch (request.duplicates()) {
            case SKIP -> new Checked(line, record, LineOutcome.SKIPPED,
                    List.of(Violation.of(ImportField.DATE.labelKey(), "import.line.inEssor.skipped")), null);
            case REPLACE -> new Checked(line, record, LineOutcome.REPLACES,
                    List.of(Violation.of(ImportField.DATE.labelKey(), "import.line.inEssor.replaces")), milestone);
            case REFUSE -> refused(line, record, "import.line.inEssor." + kind);
        };
    }

    private static Checked refused(long line, CSVRecord record, String reason) {
        return new Checked(line, record, LineOutcome.REFUSED, List.of(Violation.of(ImportField.DATE.labelKey(), reason)), null);
    }

    private @Nullable LocalDate day(CSVRecord record, List<Violation> reasons) {
        String text = text(record, ImportField.DATE);
        if (text.isEmpty()) {
            reasons.add(Violation.of(ImportField.DATE.labelKey(), "validation.required"));
            return null;
        }
        LocalDate day = ImportDates.parse(text);
        if (day == null) {
            reasons.add(Violation.of(ImportField.DATE.labelKey(), "import.line.date.unreadable", text));
        }
        return day;
    }

    private Measurement measurement(CSVRecord record, List<Violation> reasons) {
        Measurement measurement = new Measurement();
        measurement.setActiveUsers(count(record, ImportField.ACTIVE_USERS, reasons));
        measurement.setRegisteredUsers(count(record, ImportField.REGISTERED_USERS, reasons));
        measurement.setCountriesReached(count(record, ImportField.COUNTRIES_REACHED, reasons));
        measurement.setProfessionalGroups(count(record, ImportField.PROFESSIONAL_GROUPS, reasons));
        measurement.setPersonalGroups(count(record, ImportField.PERSONAL_GROUPS, reasons));
        String country = CountryCodes.canonical(text(record, ImportField.COUNTRY));
        if (country != null) {
            if (CountryCodes.isKnown(country)) {
                measurement.setCountryCode(country);
            } else {
                reasons.add(Violation.of(ImportField.COUNTRY.labelKey(), "import.line.country.unknown", country));
            }
        }
        measurement.setSource(cut(request.fileName(), Measurement.SOURCE_MAX_LENGTH));
        return measurement;
    }

    private RolloutEvent event(CSVRecord record, List<Violation> reasons) {
        RolloutEvent event = new RolloutEvent();
        String kindText = text(record, ImportField.KIND);
        EventKind kind = kinds.get(HeaderNames.normalised(kindText));
        if (kindText.isEmpty()) {
            reasons.add(Violation.of(ImportField.KIND.labelKey(), "validation.required"));
        } else if (kind == null) {
            reasons.add(Violation.of(ImportField.KIND.labelKey(), "import.line.kind.unknown", kindText));
        }
        event.setKind(kind);
        String title = text(record, ImportField.TITLE);
        String note = text(record, ImportField.NOTE);
        if (title.isEmpty()) {
            reasons.add(Violation.of(ImportField.TITLE.labelKey(), "validation.required"));
        } else if (title.length() > RolloutEvent.TITLE_MAX_LENGTH) {
            reasons.add(Violation.of(ImportField.TITLE.labelKey(), "validation.tooLong", RolloutEvent.TITLE_MAX_LENGTH));
        }
        if (note.length() > RolloutEvent.NOTE_MAX_LENGTH) {
            reasons.add(Violation.of(ImportField.NOTE.labelKey(), "validation.tooLong", RolloutEvent.NOTE_MAX_LENGTH));
        }
        event.setTitle(title);
        event.setNote(note.isEmpty() ? null : note);
        return event;
    }

    /** The largest of the field's columns (one column unless a preset says otherwise); null when all are empty. */
    private @Nullable Integer count(CSVRecord record, ImportField field, List<Violation> reasons) {
        Integer largest = null;
        for (int index : columns.get(field)) {
            String text = cell(record, index).replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
            if (text.isEmpty()) {
                continue;
            }
            long value;
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException notWhole) {
                reasons.add(Violation.of(field.labelKey(), text.matches("-?\\d+") ? "import.line.count.tooManyDigits"
                        : "import.line.count.notNumeric", cell(record, index)));
                return null;
            }
            if (value < 0) {
                reasons.add(Violation.of(field.labelKey(), "import.line.count.negative", cell(record, index)));
                return null;
            }
            if (value > Integer.MAX_VALUE) {
                reasons.add(Violation.of(field.labelKey(), "import.line.count.tooManyDigits", cell(record, index)));
                return null;
            }
            largest = largest == null ? (int) value : Math.max(largest, (int) value);
        }
        return largest;
    }

    private String text(CSVRecord record, ImportField field) {
        int[] indexes = columns.get(field);
        return indexes.length == 0 ? "" : cell(record, indexes[0]);
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    private static @Nullable String cut(String text, int max) {
        return text.isEmpty() ? null : text.length() <= max ? text : text.substring(0, max);
    }

    /** The rules name fields as the forms do ("activeUsers"); the preview shows their labels. */
    private static String labelOf(String field) {
        return switch (field) {
            case "date" -> "milestone.date";
            case "note" -> "milestone.note";
            case "kind", "title" -> "event." + field;
            default -> "measurement." + field;
        };
    }
}

package fr.essor.csvimport.service;

import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.EventDraft;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.IntakeBatch;
import fr.essor.rollout.LineOutcome;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MeasurementDraft;
import fr.essor.rollout.MilestoneDraft;
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
 * Reads one line into a draft and hands it to the intake, which decides its outcome by the rules every way in
 * shares (active users above the headcount, a date before 1990 or in the future, a country that is not an ISO
 * code, a day already in the file or in Essor…). Only what is the file's own is refused here: a date or a count
 * that cannot be read, a kind of event that is not one.
 */
final class LineChecks {

    /** The line as read, and what becomes of it. */
    record Checked(long line, CSVRecord record, LineOutcome outcome, List<Violation> reasons) {
    }

    private final ImportRequest request;
    private final Map<ImportField, int[]> columns = new EnumMap<>(ImportField.class);
    private final IntakeBatch intake;
    private final Map<String, EventKind> kinds = new HashMap<>();

    LineChecks(ImportRequest request, List<String> header, IntakeBatch intake) {
        this.request = request;
        this.intake = intake;
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
        List<Violation> unreadable = new ArrayList<>();
        LocalDate day = day(record, unreadable);
        PartialDate date = day == null ? null : PartialDate.ofDay(day);
        MilestoneDraft draft = request.content() == ImportContent.MEASUREMENTS ? measurement(record, date, unreadable)
                : event(record, date, unreadable);
        if (!unreadable.isEmpty()) {
            return new Checked(line, record, LineOutcome.REFUSED, unreadable);
        }
        IntakeBatch.Verdict verdict = intake.offer(draft);
        return new Checked(line, record, verdict.outcome(), verdict.reasons().stream()
                .map(reason -> new Violation(labelOf(reason.field()), reason.messageKey(), reason.arguments()))
                .toList());
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

    /** An empty date is left to the rules (it is required); one that cannot be read is the file's. */
    private @Nullable LocalDate day(CSVRecord record, List<Violation> unreadable) {
        String text = text(record, ImportField.DATE);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate day = ImportDates.parse(text);
        if (day == null) {
            unreadable.add(Violation.of(ImportField.DATE.labelKey(), "import.line.date.unreadable", text));
        }
        return day;
    }

    private MeasurementDraft measurement(CSVRecord record, @Nullable PartialDate date, List<Violation> unreadable) {
        String country = text(record, ImportField.COUNTRY);
        return new MeasurementDraft(date, country.isEmpty() ? null : country,
                count(record, ImportField.ACTIVE_USERS, unreadable), count(record, ImportField.REGISTERED_USERS, unreadable),
                count(record, ImportField.COUNTRIES_REACHED, unreadable),
                count(record, ImportField.PROFESSIONAL_GROUPS, unreadable),
                count(record, ImportField.PERSONAL_GROUPS, unreadable),
                cut(request.fileName(), Measurement.SOURCE_MAX_LENGTH), null);
    }

    private EventDraft event(CSVRecord record, @Nullable PartialDate date, List<Violation> unreadable) {
        String kindText = text(record, ImportField.KIND);
        EventKind kind = kinds.get(HeaderNames.normalised(kindText));
        if (!kindText.isEmpty() && kind == null) {
            unreadable.add(Violation.of(ImportField.KIND.labelKey(), "import.line.kind.unknown", kindText));
        }
        String note = text(record, ImportField.NOTE);
        return new EventDraft(date, kind, text(record, ImportField.TITLE), note.isEmpty() ? null : note);
    }

    /**
     * The largest of the field's columns (one column unless a preset says otherwise); null when all are empty. A
     * negative count is read as written: the rules refuse it, as they refuse it from the form.
     */
    private @Nullable Integer count(CSVRecord record, ImportField field, List<Violation> unreadable) {
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
                unreadable.add(Violation.of(field.labelKey(), text.matches("-?\\d+") ? "import.line.count.tooManyDigits"
                        : "import.line.count.notNumeric", cell(record, index)));
                return null;
            }
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                unreadable.add(Violation.of(field.labelKey(), "import.line.count.tooManyDigits", cell(record, index)));
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

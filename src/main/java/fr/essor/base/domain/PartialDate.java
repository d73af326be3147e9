package fr.essor.base.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to the year, the month or the day. It is stored as the first day of the period it
 * names, with its precision, so that "2012" is never shown or read as "1 January 2012".
 */
public record PartialDate(LocalDate start, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        start = switch (precision) {
            case YEAR -> start.withDayOfYear(1);
            case MONTH -> start.withDayOfMonth(1);
            case DAY -> start;
        };
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    /** The last day of the period: "2012" ends on 31 December 2012. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case DAY -> start;
        };
    }

    /**
     * Whole months from this date's month to the month of the day: this month = 0. A date known only to the year
     * counts from its middle, July, where the charts place it: counted from January, a launch known as "2022"
     * put a 2025 figure at month 42 in the pace and the comparison, and at 36 on the chart. The one definition of
     * "months since launch": {@code launch.wholeMonthsUntil(where a point or event is drawn)}.
     */
    public int wholeMonthsUntil(LocalDate day) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(middle()), YearMonth.from(day));
    }

    /**
     * Where a chart draws this date: a date known only to the month or the year sits in the middle of
     * its period, so "2012" is not read as January 2012. One rule for measurements and events alike.
     */
    public LocalDate middle() {
        return start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, end()) / 2);
    }

    public int year() {
        return start.getYear();
    }

    /** As precise as known, in ISO form: "2012", "2012-06" or "2012-06-15". */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> start.toString().substring(0, 7);
            case DAY -> start.toString();
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }
}

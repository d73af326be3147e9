package fr.essor.base.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads back what {@link PartialDate#iso()} writes: "2012", "2012-06" or "2012-06-15"; the form carries
 * the precision, so an export and its import keep "known only to the year" as it was.
 */
public final class IsoPartialDate {

    private IsoPartialDate() {
    }

    public static Optional<PartialDate> parse(String text) {
        String trimmed = text.strip();
        try {
            return switch (trimmed.length()) {
                case 4 -> Optional.of(PartialDate.ofYear(Integer.parseInt(trimmed)));
                case 7 -> Optional.of(PartialDate.ofMonth(YearMonth.parse(trimmed).getYear(), YearMonth.parse(trimmed).getMonthValue()));
                case 10 -> Optional.of(PartialDate.ofDay(LocalDate.parse(trimmed)));
                default -> Optional.empty();
            };
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}

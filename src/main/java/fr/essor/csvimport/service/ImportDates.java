package fr.essor.csvimport.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates the exports write: ISO (2024-03-31, also with a time after it, as the Graph reports and
 * spreadsheets write timestamps) and French (31/03/2024). Anything else is refused rather than guessed:
 * 03/04/2024 is read the French way only, never as 4 March.
 */
final class ImportDates {

    private ImportDates() {
    }

    /** The day, or null when the text is not one of the two forms or not a real day. */
    static @Nullable LocalDate parse(String text) {
        try {
            if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                    && (text.length() == 10 || text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
                return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
            }
            if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
                return LocalDate.of(number(text, 6, 10), number(text, 3, 5), number(text, 0, 2));
            }
        } catch (DateTimeException | NumberFormatException notADay) {
            return null;
        }
        return null;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

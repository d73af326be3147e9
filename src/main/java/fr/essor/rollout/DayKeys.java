package fr.essor.rollout;

import fr.essor.rollout.RolloutCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The days (and countries) already seen, as bits: a million measurement lines need a couple of
 * megabytes, not a million objects. Events are few, so theirs are a set of "day title", the title compared as
 * {@link MilestoneRules#titleKey} says.
 */
final class DayKeys {

    private static final LocalDate FIRST = LocalDate.of(RolloutCalendar.EARLIEST_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    private static final String[] COUNTRIES = Locale.getISOCountries();

    static {
        Arrays.sort(COUNTRIES);
    }

    private final BitSet measurements = new BitSet();
    private final Set<String> events = new HashSet<>();

    /** @return false when the key was there already */
    boolean addMeasurement(LocalDate day, @Nullable String country) {
        int key = key(day, country);
        if (key < 0) {
            return true;
        }
        boolean fresh = !measurements.get(key);
        measurements.set(key);
        return fresh;
    }

    boolean hasMeasurement(LocalDate day, @Nullable String country) {
        int key = key(day, country);
        return key >= 0 && measurements.get(key);
    }

    boolean addEvent(LocalDate day, String title) {
        return events.add(day + " " + MilestoneRules.titleKey(title));
    }

    boolean hasEvent(LocalDate day, String title) {
        return events.contains(day + " " + MilestoneRules.titleKey(title));
    }

    /** Before the earliest year or after 2199 (refused by the rules anyway), or an unknown country: no key. */
    private static int key(LocalDate day, @Nullable String country) {
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            return -1;
        }
        int countryIndex = 0;
        if (country != null) {
            int found = Arrays.binarySearch(COUNTRIES, country);
            if (found < 0) {
                return -1;
            }
            countryIndex = found + 1;
        }
        return (int) (day.toEpochDay() - FIRST.toEpochDay()) * 256 + countryIndex;
    }
}

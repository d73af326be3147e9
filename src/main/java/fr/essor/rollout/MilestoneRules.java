package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rules that tie a milestone to its deployment and to the calendar. Pure, so tests need no database. */
final class MilestoneRules {

    /** How long before its deployment's launch a measurement may be dated (a pilot's figures). */
    static final int YEARS_BEFORE_LAUNCH = 2;

    static final Violation DATE_TAKEN = Violation.of("date", "measurement.date.taken");
    static final Violation EVENT_TAKEN = Violation.of("date", "event.date.taken");
    /** Two lines of one batch, file or document for the same day (and country, or title): which one would be meant? */
    static final Violation EARLIER_MEASUREMENT = Violation.of("date", "intake.earlierLine.measurement");
    static final Violation EARLIER_EVENT = Violation.of("date", "intake.earlierLine.event");

    private MilestoneRules() {
    }

    /**
     * Every rule a measurement must meet, whichever way it came in: its bean constraints, then the rules that tie
     * it to its deployment and the calendar. The one check of the form, the API, and both imports.
     */
    static List<Violation> refusals(MilestoneConstraints constraints, Measurement measurement, Deployment deployment, boolean dayTaken,
                                    LocalDate today) {
        List<Violation> found = new ArrayList<>(constraints.of(measurement));
        found.addAll(checkMeasurement(measurement, deployment, dayTaken, today));
        return found;
    }

    /** The same for an event; an event is "taken" when the day already has one of the same title ({@link #titleKey}). */
    static List<Violation> refusals(MilestoneConstraints constraints, RolloutEvent event, Deployment deployment, boolean dayTaken,
                                    LocalDate today) {
        List<Violation> found = new ArrayList<>(constraints.of(event));
        found.addAll(checkEvent(event, deployment, today));
        if (dayTaken && event.getDate() != null) {
            found.add(EVENT_TAKEN);
        }
        return found;
    }

    static List<Violation> checkMeasurement(Measurement measurement, Deployment deployment, boolean dayTaken, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        PartialDate date = measurement.getDate();
        if (date == null) {
            found.add(Violation.of("date", "validation.required"));
        } else {
            checkNotTooEarly(date, found);
            // Not taken yet: an event of that date would still be planned.
            if (RolloutCalendar.planned(date, today)) {
                found.add(Violation.of("date", "milestone.date.future"));
            }
            // A pilot measures before the launch, by months; years before it is a mistyped date (or launch),
            // and it would sit at "month -46" on every chart and comparison.
            PartialDate launch = deployment.getLaunch();
            if (launch != null && date.end().isBefore(launch.start().minusYears(YEARS_BEFORE_LAUNCH))) {
                found.add(Violation.of("date", "measurement.date.longBeforeLaunch", launch.iso()));
            }
            if (dayTaken) {
                found.add(DATE_TAKEN);
            }
        }
        if (measurement.getActiveUsers() == null && measurement.getRegisteredUsers() == null
                && measurement.getCountriesReached() == null && measurement.getProfessionalGroups() == null
                && measurement.getPersonalGroups() == null) {
            found.add(Violation.of("activeUsers", "measurement.figure.required"));
        }
        Integer headcount = deployment.getHeadcount();
        if (exceeds(measurement.getActiveUsers(), headcount)) {
            found.add(Violation.of("activeUsers", "measurement.activeUsers.aboveHeadcount", headcount));
        }
        if (exceeds(measurement.getActiveUsers(), measurement.getRegisteredUsers())) {
            found.add(Violation.of("activeUsers", "measurement.activeUsers.aboveRegistered", measurement.getRegisteredUsers()));
        }
        Integer countriesPresent = deployment.getCountriesPresent();
        if (exceeds(measurement.getCountriesReached(), countriesPresent)) {
            found.add(Violation.of("countriesReached", "measurement.countriesReached.abovePresent", countriesPresent));
        }
        return found;
    }

    /**
     * Events may be planned ahead (a training wave next quarter), within {@link RolloutCalendar#PLANNING_YEARS} of the
     * target date, or of today when no target is set; a date before {@link RolloutCalendar#EARLIEST_YEAR} is refused too.
     */
    static List<Violation> checkEvent(RolloutEvent event, Deployment deployment, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        PartialDate date = event.getDate();
        if (date == null) {
            found.add(Violation.of("date", "validation.required"));
        } else {
            checkNotTooEarly(date, found);
            LocalDate target = deployment.getTargetDate();
            LocalDate horizon = (target != null && target.isAfter(today) ? target : today).plusYears(RolloutCalendar.PLANNING_YEARS);
            if (date.start().isAfter(horizon)) {
                found.add(Violation.of("date", "milestone.date.tooLate", horizon.getYear(), RolloutCalendar.PLANNING_YEARS));
            }
        }
        return found;
    }

    private static void checkNotTooEarly(PartialDate date, List<Violation> found) {
        if (date.year() < RolloutCalendar.EARLIEST_YEAR) {
            found.add(Violation.of("date", "milestone.date.tooEarly", RolloutCalendar.EARLIEST_YEAR));
        }
    }

    /** Any run of spaces, tabs or non-breaking spaces (a title pasted from a document). */
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * What a title is compared by for "one day, one event of a title": " GO   live" is "Go live" told again, and the
     * chart would show the launch twice. Lower case in Locale.ROOT, so a server set to Turkish compares as any other.
     */
    static String titleKey(String title) {
        return SPACES.matcher(title).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static boolean sameTitle(String one, String other) {
        return titleKey(one).equals(titleKey(other));
    }

    /** Whether the day's titles already name this event, compared by {@link #titleKey}. */
    static boolean titleTaken(String title, Collection<String> titlesThatDay) {
        return titlesThatDay.stream().anyMatch(taken -> sameTitle(title, taken));
    }

    private static boolean exceeds(@Nullable Integer value, @Nullable Integer limit) {
        return value != null && limit != null && value > limit;
    }
}

package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import java.time.LocalDate;

/**
 * The calendar every rollout date keeps, written once for the rules, the imports and the pages: how early a date
 * may be, how far ahead a rollout plans, and when a date is still to come.
 */
public final class RolloutCalendar {

    /** No enterprise social network predates this; an earlier launch or milestone is a typing error. */
    public static final int EARLIEST_YEAR = 1990;

    /** How many years ahead a rollout plans (a launch, an event past its target date); beyond, a mistyped year. */
    public static final int PLANNING_YEARS = 5;

    private RolloutCalendar() {
    }

    /**
     * Whether a date is still to come for the user: its period starts after the user's today. An event then is
     * planned, and says so in the log, on the chart and in every table; a measurement cannot have been taken yet.
     * "This month" and "this year" have begun, so they are not to come.
     */
    public static boolean planned(PartialDate date, LocalDate usersToday) {
        return date.start().isAfter(usersToday);
    }
}

package fr.essor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.PartialDate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The log, the chart, its table and the comparison's table all say "planned" through this one method, and a
 * measurement is refused by it: one test on the boundary day is enough for all of them.
 */
class RolloutCalendarTest {

    /** The tests' clock: 25 November 2026, 12:00 UTC, when it is already the 26th on Kiritimati (UTC+14). */
    private static final Clock NOON_UTC = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void an_event_of_tomorrow_is_planned_unless_tomorrow_has_already_begun_where_the_user_is() {
        PartialDate the26th = PartialDate.ofDay(LocalDate.of(2026, 11, 26));
        LocalDate inLondon = LocalDate.now(NOON_UTC.withZone(ZoneId.of("Europe/London")));
        LocalDate onKiritimati = LocalDate.now(NOON_UTC.withZone(ZoneId.of("Pacific/Kiritimati")));

        assertThat(RolloutCalendar.planned(the26th, inLondon)).isTrue();
        assertThat(RolloutCalendar.planned(the26th, onKiritimati)).isFalse();
        assertThat(RolloutCalendar.planned(PartialDate.ofDay(inLondon), inLondon)).isFalse();
    }

    @Test
    void this_month_and_this_year_have_begun_so_only_the_next_ones_are_planned() {
        LocalDate today = LocalDate.of(2026, 11, 25);

        assertThat(RolloutCalendar.planned(PartialDate.ofMonth(2026, 11), today)).isFalse();
        assertThat(RolloutCalendar.planned(PartialDate.ofMonth(2026, 12), today)).isTrue();
        assertThat(RolloutCalendar.planned(PartialDate.ofYear(2026), today)).isFalse();
        assertThat(RolloutCalendar.planned(PartialDate.ofYear(2027), today)).isTrue();
    }
}

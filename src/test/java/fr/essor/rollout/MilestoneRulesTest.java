package fr.essor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MilestoneRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Deployment cargo() {
        Deployment deployment = new Deployment();
        deployment.setHeadcount(5000);
        deployment.setCountriesPresent(111);
        return deployment;
    }

    private static Measurement measured(PartialDate date, Integer activeUsers) {
        Measurement measurement = new Measurement();
        measurement.setDate(date);
        measurement.setActiveUsers(activeUsers);
        return measurement;
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    void a_valid_measurement_breaks_no_rule() {
        assertThat(MilestoneRules.checkMeasurement(measured(PartialDate.ofYear(2012), 1230), cargo(), false, TODAY)).isEmpty();
    }

    @Test
    void the_current_year_is_not_the_future_but_tomorrow_is() {
        assertThat(MilestoneRules.checkMeasurement(measured(PartialDate.ofYear(2026), 10), cargo(), false, TODAY)).isEmpty();
        assertThat(keys(MilestoneRules.checkMeasurement(measured(PartialDate.ofDay(TODAY.plusDays(1)), 10), cargo(), false, TODAY)))
                .containsExactly("date:milestone.date.future");
    }

    @Test
    void a_pilot_may_measure_months_before_the_launch_but_not_years() {
        Deployment launchedMarch2025 = cargo();
        launchedMarch2025.setLaunch(PartialDate.ofMonth(2025, 3));

        assertThat(MilestoneRules.checkMeasurement(measured(PartialDate.ofMonth(2024, 9), 10), launchedMarch2025, false, TODAY))
                .as("a pilot six months before").isEmpty();
        List<Violation> years = MilestoneRules.checkMeasurement(measured(PartialDate.ofDay(LocalDate.of(1995, 1, 31)), 10),
                launchedMarch2025, false, TODAY);
        assertThat(keys(years)).containsExactly("date:measurement.date.longBeforeLaunch");
        assertThat(years.getFirst().arguments()).containsExactly("2025-03");
    }

    @Test
    void each_broken_rule_names_its_field_and_its_limit() {
        Measurement measurement = measured(PartialDate.ofYear(1989), 6000);
        measurement.setRegisteredUsers(5500);
        measurement.setCountriesReached(112);

        List<Violation> violations = MilestoneRules.checkMeasurement(measurement, cargo(), true, TODAY);

        assertThat(keys(violations)).containsExactly(
                "date:milestone.date.tooEarly", "date:measurement.date.taken",
                "activeUsers:measurement.activeUsers.aboveHeadcount", "activeUsers:measurement.activeUsers.aboveRegistered",
                "countriesReached:measurement.countriesReached.abovePresent");
        assertThat(violations.get(2).arguments()).containsExactly(5000);
        assertThat(violations.get(4).arguments()).containsExactly(111);
    }

    @Test
    void a_planned_event_may_be_in_the_future_but_not_before_1990() {
        RolloutEvent planned = new RolloutEvent();
        planned.setDate(PartialDate.ofMonth(2027, 3));
        assertThat(MilestoneRules.checkEvent(planned, cargo(), TODAY)).isEmpty();

        planned.setDate(PartialDate.ofYear(1985));
        assertThat(keys(MilestoneRules.checkEvent(planned, cargo(), TODAY))).containsExactly("date:milestone.date.tooEarly");
    }

    @Test
    void an_event_more_than_five_years_past_the_target_date_is_a_mistyped_year() {
        Deployment withTarget = cargo();
        withTarget.setTargetDate(LocalDate.of(2028, 6, 30));
        RolloutEvent event = new RolloutEvent();

        event.setDate(PartialDate.ofMonth(2033, 6));
        assertThat(MilestoneRules.checkEvent(event, withTarget, TODAY)).isEmpty();
        event.setDate(PartialDate.ofMonth(2033, 7));
        assertThat(keys(MilestoneRules.checkEvent(event, withTarget, TODAY))).containsExactly("date:milestone.date.tooLate");
        // Without a target, five years from today.
        event.setDate(PartialDate.ofYear(2032));
        assertThat(keys(MilestoneRules.checkEvent(event, cargo(), TODAY))).containsExactly("date:milestone.date.tooLate");
    }

    /** A title pasted with a non-breaking space, or typed in capitals, names the same event; another word does not. */
    @Test
    void titles_differing_only_by_case_or_spaces_name_one_event() {
        assertThat(MilestoneRules.titleTaken("  GO \t live\u00a0", List.of("Formation", "Go live"))).isTrue();
        assertThat(MilestoneRules.titleTaken("Golive", List.of("Go live"))).isFalse();
        assertThat(MilestoneRules.titleTaken("Go live 2", List.of("Go live"))).isFalse();
        // Compared in Locale.ROOT: on a server set to Turkish, "INDEX".toLowerCase() is "ındex", not "index".
        Locale system = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(MilestoneRules.titleTaken("INDEX", List.of("index"))).isTrue();
        } finally {
            Locale.setDefault(system);
        }
    }
}

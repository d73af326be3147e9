package fr.essor.forecast.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.essor.base.domain.PartialDate;
import fr.essor.forecast.domain.AdoptionCurve;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.Pace.PaceReference;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import fr.essor.forecast.domain.RateMeasurement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ForecastServiceTest {

    private static final PartialDate LAUNCH = PartialDate.ofMonth(2024, 1);
    private final ForecastService forecast = new ForecastService();

    /** Monthly measurements on the last day of months 1..months, from a known curve plus Gaussian noise. */
    static List<RateMeasurement> generated(AdoptionCurve curve, int months, double noise, long seed) {
        Random random = new Random(seed);
        List<RateMeasurement> measured = new ArrayList<>();
        for (int month = 1; month <= months; month++) {
            LocalDate day = YearMonth.from(LAUNCH.start()).plusMonths(month).atEndOfMonth();
            double rate = curve.rateAt(ForecastService.months(LAUNCH.start(), day)) + noise * random.nextGaussian();
            measured.add(new RateMeasurement(PartialDate.ofDay(day), Math.max(0, rate)));
        }
        return measured;
    }

    @Test
    void the_fit_recovers_the_ceiling_speed_and_inflection_of_a_noisy_generated_curve() {
        AdoptionCurve truth = new AdoptionCurve(60, 0.35, 10);
        var projection = forecast.project(generated(truth, 24, 1.0, 1), LAUNCH, 80, null);

        assertThat(projection).isInstanceOf(Projection.Drawn.class);
        AdoptionCurve fitted = ((Projection.Drawn) projection).curve();
        assertThat(fitted.ceilingPct()).isCloseTo(60, within(2.0));
        assertThat(fitted.speedPerMonth()).isCloseTo(0.35, within(0.05));
        assertThat(fitted.inflectionMonth()).isCloseTo(10, within(0.7));
    }

    @Test
    void the_dashboard_without_band_tells_the_same_curve_and_crossing_month_as_the_page() {
        List<RateMeasurement> measured = generated(new AdoptionCurve(70, 0.3, 12), 10, 1.0, 3);
        var page = (Projection.Drawn) forecast.project(measured, LAUNCH, 60, LocalDate.of(2025, 6, 30));
        var dashboard = (Projection.Drawn) forecast.projectWithoutBand(measured, LAUNCH, 60, LocalDate.of(2025, 6, 30));

        assertThat(dashboard.curve()).isEqualTo(page.curve());
        assertThat(page.crossing()).isNotNull();
        assertThat(dashboard.crossing().around()).isEqualTo(page.crossing().around());
        assertThat(dashboard.levelsOffBelowTarget()).isEqualTo(page.levelsOffBelowTarget());
        // The page's band is wider than the curve somewhere ahead; the dashboard's is the curve itself.
        assertThat(page.points()).anyMatch(point -> point.highPct() - point.lowPct() > 1);
        assertThat(dashboard.points()).allMatch(point -> point.lowPct() == point.ratePct() && point.highPct() == point.ratePct());
    }

    @Test
    void too_little_history_gives_no_projection_and_says_what_is_missing() {
        AdoptionCurve curve = new AdoptionCurve(60, 0.35, 10);
        // Two measurements over a month: too few, too short.
        assertThat(forecast.project(generated(curve, 2, 0, 1), LAUNCH, 80, null))
                .isEqualTo(new Projection.NotEnoughHistory(2, 1, 0));
        // Three measurements, but only two months apart.
        assertThat(forecast.project(generated(curve, 3, 0, 1), LAUNCH, 80, null))
                .isEqualTo(new Projection.NotEnoughHistory(3, 2, 0));
        // Three measurements over three months: enough.
        assertThat(forecast.project(generated(curve, 4, 0, 1).subList(0, 4).stream()
                .filter(m -> m.date().start().getMonthValue() != 3).toList(), LAUNCH, 80, null))
                .isInstanceOf(Projection.Drawn.class);
    }

    @Test
    void a_curve_levelled_off_below_the_target_projects_below_the_target() {
        var projection = (Projection.Drawn) forecast.project(generated(new AdoptionCurve(52, 0.5, 6), 30, 1.0, 2), LAUNCH, 80,
                LocalDate.of(2027, 12, 31));

        assertThat(projection.levelsOffBelowTarget()).isTrue();
        assertThat(projection.crossing()).isNull();
        assertThat(projection.curve().ceilingPct()).isCloseTo(52, within(1.5));
    }

    @Test
    void a_curve_heading_above_the_target_says_when_it_crosses_it_within_its_band() {
        AdoptionCurve truth = new AdoptionCurve(90, 0.3, 12);
        var projection = (Projection.Drawn) forecast.project(generated(truth, 14, 1.0, 3), LAUNCH, 80, null);

        // The true curve reaches 80 % at month 12 + ln(8) / 0.3 = 18.9: August 2025.
        assertThat(projection.levelsOffBelowTarget()).isFalse();
        var crossing = projection.crossing();
        assertThat(crossing).isNotNull();
        assertThat(crossing.earliest()).isBeforeOrEqualTo(crossing.around());
        assertThat(crossing.latest() == null || !crossing.latest().isBefore(crossing.around())).isTrue();
        assertThat(crossing.around()).isBetween(YearMonth.of(2025, 6), YearMonth.of(2025, 11));
        assertThat(crossing.earliest()).isBeforeOrEqualTo(YearMonth.of(2025, 8));
    }

    @Test
    void the_band_widens_with_noise() {
        AdoptionCurve truth = new AdoptionCurve(60, 0.35, 10);
        // Over ten draws: the recent pace's part of the band reads its spread from three monthly gains, so a single
        // draw says little (seed 4 widened 1.5 times, seed 3 4.4 times).
        double quiet = 0;
        double noisy = 0;
        for (long seed = 1; seed <= 10; seed++) {
            quiet += widthAtHorizon(forecast.project(generated(truth, 18, 0.5, seed), LAUNCH, 80, null));
            noisy += widthAtHorizon(forecast.project(generated(truth, 18, 3.0, seed), LAUNCH, 80, null));
        }

        assertThat(noisy).isGreaterThan(quiet * 2);
    }

    @Test
    void a_fit_that_misses_the_measurements_by_more_than_five_points_is_poor_and_not_drawn() {
        List<RateMeasurement> zigzag = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            zigzag.add(new RateMeasurement(PartialDate.ofDay(YearMonth.of(2024, 1).plusMonths(month).atEndOfMonth()),
                    month % 2 == 0 ? 40 : 10));
        }
        var projection = forecast.project(zigzag, LAUNCH, 80, null);

        assertThat(projection).isInstanceOf(Projection.PoorFit.class);
        assertThat(((Projection.PoorFit) projection).rmsePoints()).isGreaterThan(ForecastService.POOR_FIT_RMSE_POINTS);
    }

    @Test
    void measurements_dated_only_to_the_year_are_left_out_of_the_fit_and_counted() {
        List<RateMeasurement> measured = new ArrayList<>();
        measured.add(new RateMeasurement(PartialDate.ofYear(2024), 90)); // would wreck the curve if fitted
        measured.addAll(generated(new AdoptionCurve(60, 0.35, 10), 12, 0.5, 5));
        var projection = (Projection.Drawn) forecast.project(measured, LAUNCH, 80, null);

        assertThat(projection.leftOutYearOnly()).isEqualTo(1);
        assertThat(projection.rmsePoints()).isLessThan(1.5);
        assertThat(forecast.project(List.of(new RateMeasurement(PartialDate.ofYear(2012), 20)), LAUNCH, 80, null))
                .isEqualTo(new Projection.NotEnoughHistory(0, 0, 1));
    }

    @Test
    void the_projection_starts_at_the_last_measurement_and_runs_to_the_target_date_or_24_months() {
        var measured = generated(new AdoptionCurve(60, 0.35, 10), 12, 0.5, 6);
        var projection = (Projection.Drawn) forecast.project(measured, LAUNCH, 80, LocalDate.of(2029, 6, 30));
        ProjectedPoint first = projection.points().getFirst();

        assertThat(first.day()).isEqualTo(measured.getLast().date().start());
        assertThat(first.ratePct()).isEqualTo(measured.getLast().ratePct());
        assertThat(projection.points().getLast().day()).isEqualTo(LocalDate.of(2029, 6, 30));
        var near = (Projection.Drawn) forecast.project(measured, LAUNCH, 80, LocalDate.of(2025, 3, 31));
        assertThat(near.points()).hasSize(1 + ForecastService.HORIZON_MONTHS);
    }

    @Test
    void fitted_on_the_first_half_of_a_generated_curve_past_its_inflection_the_second_half_falls_inside_the_band() {
        // An 80 % band: about 8 of 10 later measurements inside, when the curve is the model's own kind.
        var measured = generated(new AdoptionCurve(55, 0.4, 8), 20, 1.5, 7);
        var projection = (Projection.Drawn) forecast.project(measured.subList(0, 10), LAUNCH, 80, null);

        long inside = measured.subList(10, 20).stream().filter(actual -> projection.points().stream()
                .filter(point -> YearMonth.from(point.day()).equals(YearMonth.from(actual.date().start())))
                .anyMatch(point -> actual.ratePct() >= point.lowPct() && actual.ratePct() <= point.highPct())).count();
        System.out.println("Back-test on a generated logistic curve (noise 1.5 points): " + inside + " of 10 inside the band");
        assertThat(inside).isGreaterThanOrEqualTo(7);
    }

    /** Monthly measurements on the last day of months 1.. after launch, at these rates. */
    private static List<RateMeasurement> monthly(double... rates) {
        List<RateMeasurement> measured = new ArrayList<>();
        for (int month = 1; month <= rates.length; month++) {
            measured.add(new RateMeasurement(PartialDate.ofDay(YearMonth.from(LAUNCH.start()).plusMonths(month).atEndOfMonth()),
                    rates[month - 1]));
        }
        return measured;
    }

    @Test
    void the_band_also_follows_the_recent_pace_fading_where_the_curve_fitted_to_slowing_gains_levels_off() {
        // Gains of 6, 5, 6, 4, 4 points: the curve levels off near 30 %, as Groupe Démo's first half did.
        var projection = (Projection.Drawn) forecast.project(monthly(3.5, 9.6, 14.8, 20.5, 24.2, 27.9), LAUNCH, 80, null);

        assertThat(projection.curve().ceilingPct()).isLessThan(32);
        double gain = (27.9 - 14.8) / 3; // over the last three months
        assertThat(projection.recentGainPerMonth()).isCloseTo(gain, within(0.05));
        for (int ahead = 1; ahead <= 24; ahead++) {
            ProjectedPoint point = projection.points().get(ahead);
            double paced = 27.9 + gain * 0.9 * (1 - Math.pow(0.9, ahead)) / 0.1;
            assertThat(point.highPct()).as("month %d ahead", ahead).isGreaterThan(paced);
            assertThat(point.lowPct()).as("the curve's side of the band").isLessThan(point.ratePct());
        }
        // A pace that loses a tenth each month adds at most nine times its gain: 27.9 + 39.3, short of 80 %.
        assertThat(projection.points().getLast().highPct()).isLessThan(80);
        assertThat(projection.levelsOffBelowTarget()).isTrue();
    }

    @Test
    void a_target_just_above_the_last_measurement_is_never_said_reached_in_that_measurements_own_month() {
        List<RateMeasurement> measured = monthly(5, 10, 16, 23, 31, 39, 47, 55);
        var crossing = ((Projection.Drawn) forecast.project(measured, LAUNCH, 56, null)).crossing();

        YearMonth lastMeasured = YearMonth.from(measured.getLast().date().start());
        assertThat(crossing).isNotNull();
        assertThat(crossing.earliest()).as("55 % then: not reached that month").isAfter(lastMeasured);
        assertThat(crossing.around()).isAfterOrEqualTo(crossing.earliest());
    }

    @Test
    void a_rate_that_held_has_no_recent_pace_and_keeps_the_curves_band_alone() {
        var projection = (Projection.Drawn) forecast.project(monthly(5, 12, 20, 27, 33, 33, 33, 33), LAUNCH, 80, null);

        assertThat(projection.recentGainPerMonth()).isNull();
        // The band stays around the level the curve found (about 33 %), two years on.
        assertThat(projection.atHorizon().highPct()).isLessThan(40);
        assertThat(projection.atHorizon().lowPct()).isGreaterThan(28);
    }

    @Test
    void a_falling_rate_widens_the_band_downwards_where_the_curve_only_holds_its_level() {
        var projection = (Projection.Drawn) forecast.project(monthly(5, 12, 20, 27, 34, 33, 31.5, 30), LAUNCH, 80, null);

        assertThat(projection.recentGainPerMonth()).isCloseTo((30 - 34) / 3.0, within(0.05));
        // The curve never falls: its band alone stayed above 24 %. The decline, fading, may take up to nine times
        // 1.3 points more.
        assertThat(projection.atHorizon().lowPct()).isLessThan(30 - 9 * 4 / 3.0);
        assertThat(projection.atHorizon().highPct()).as("the fall widens the band downwards only").isLessThan(40);
        assertThat(projection.points().get(1).lowPct()).isGreaterThan(projection.atHorizon().lowPct());
    }

    @Test
    void where_the_curve_levels_off_below_the_target_the_band_says_from_which_month_it_is_within_reach() {
        List<RateMeasurement> slowing = monthly(3.5, 9.6, 14.8, 20.5, 24.2, 27.9);
        var sixty = (Projection.Drawn) forecast.project(slowing, LAUNCH, 60, null);

        assertThat(sixty.levelsOffBelowTarget()).isTrue();
        ProjectedPoint first = sixty.points().stream().skip(1).filter(point -> point.highPct() >= 60).findFirst().orElseThrow();
        assertThat(sixty.bandReachesTargetIn()).isEqualTo(YearMonth.from(first.day()));
        assertThat(sixty.points().get(sixty.points().indexOf(first) - 1).highPct()).isLessThan(60);
        // The fading pace adds at most nine times its gain (27.9 + 39.3 %): 80 % is beyond the band too.
        assertThat(((Projection.Drawn) forecast.project(slowing, LAUNCH, 80, null)).bandReachesTargetIn()).isNull();
    }

    @Test
    void pace_counts_each_other_deployment_once_by_its_figure_nearest_the_month() {
        List<PaceReference> others = List.of(
                new PaceReference(1, "Alpha", 13, 20, false), new PaceReference(1, "Alpha", 14, 25, false),
                new PaceReference(2, "Beta", 16, 40, false),
                new PaceReference(3, "Gamma", 12, 30, false),
                new PaceReference(4, "Delta", 30, 5, false)); // far from month 14: not a case near it
        Pace pace = forecast.pace(14, 31, PartialDate.ofDay(java.time.LocalDate.of(2026, 3, 31)), others);

        assertThat(pace.cases()).isEqualTo(3);
        assertThat(pace.ahead()).isEqualTo(2);
        assertThat(pace.references()).extracting(PaceReference::ratePct).containsExactly(25.0, 40.0, 30.0);
    }

    private static double widthAtHorizon(Projection projection) {
        ProjectedPoint last = ((Projection.Drawn) projection).points().getLast();
        return last.highPct() - last.lowPct();
    }
}

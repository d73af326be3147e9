package fr.essor.activation.ui;

import static fr.essor.activation.ui.ChartOnPage.activation;
import static fr.essor.activation.ui.ChartOnPage.csv;
import static fr.essor.activation.ui.ChartOnPage.pace;
import static fr.essor.activation.ui.ChartOnPage.projectionDetails;
import static fr.essor.activation.ui.ChartOnPage.sentence;
import static fr.essor.activation.ui.ChartOnPage.table;
import static fr.essor.activation.ui.ChartOnPage.tableWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.activation.service.OutlookService;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.forecast.domain.AdoptionCurve;
import fr.essor.forecast.domain.Projection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The sentence under the activation chart, in French and in English, and what the chart and its table show. */
class ProjectionSentenceTest extends KaribuTest {

    @Autowired
    DeploymentService deployments;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    OutlookService outlook;

    private static void open(long deploymentId) {
        UI.getCurrent().navigate("deployment/" + deploymentId);
    }

    /** Twenty monthly measurements on a curve heading for 95 %, with a target of 80 % by the end of 2027. */
    private Deployment headingPastItsTarget() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Forecast"), 1000, PartialDate.ofMonth(2025, 1));
        rollout.setTargetActivationPct(80);
        rollout.setTargetDate(LocalDate.of(2027, 12, 31));
        rollout = deployments.save(rollout);
        AdoptionCurve curve = new AdoptionCurve(95, 0.35, 18);
        for (int month = 1; month <= 20; month++) {
            LocalDate day = YearMonth.of(2025, 1).plusMonths(month).atEndOfMonth();
            testDeployments.measure(rollout, PartialDate.ofDay(day), (int) Math.round(10 * curve.rateAt(month + 0.97)));
        }
        return rollout;
    }

    private static String month(YearMonth month, Locale locale) {
        return month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    @Test
    void a_curve_heading_past_its_target_says_when_it_reaches_it_in_french_and_in_english() {
        Deployment rollout = headingPastItsTarget();
        var crossing = ((Projection.Drawn) outlook.projection(rollout.getId())).crossing();

        open(rollout.getId());
        assertThat(sentence()).isEqualTo("À ce rythme, 80\u00A0% est atteint vers "
                + month(crossing.around(), Locale.FRENCH) + " (entre " + month(crossing.earliest(), Locale.FRENCH)
                + " et " + month(crossing.latest(), Locale.FRENCH) + ").");
        assertThat(projectionDetails()).startsWith("Courbe d’adoption ajustée (logistique) : plafond 9");

        useLocale(Locale.ENGLISH);
        open(rollout.getId());
        assertThat(sentence()).isEqualTo("At this pace, 80% is reached around "
                + month(crossing.around(), Locale.ENGLISH) + " (between " + month(crossing.earliest(), Locale.ENGLISH)
                + " and " + month(crossing.latest(), Locale.ENGLISH) + ").");
        assertThat(crossing.around()).isBetween(YearMonth.of(2026, 10), YearMonth.of(2027, 3));
    }

    @Test
    void three_measurements_draw_a_projection_that_says_its_gap_of_zero_judges_nothing_yet() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Three"), 1000, PartialDate.ofMonth(2025, 1));
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2025, 2, 28)), 100);
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2025, 4, 30)), 250);
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2025, 6, 30)), 400);
        assertThat(outlook.projection(rollout.getId())).isInstanceOf(Projection.Drawn.class);

        open(rollout.getId());
        assertThat(projectionDetails()).contains("0,0 point")
                .contains("comme toute courbe à trois paramètres par trois points");
        useLocale(Locale.ENGLISH);
        open(rollout.getId());
        assertThat(projectionDetails()).contains("as any three-parameter curve does through three points");
        open(headingPastItsTarget().getId());
        assertThat(projectionDetails()).doesNotContain("three-parameter");
    }

    @Test
    void the_demo_levels_off_below_its_target_and_its_chart_draws_the_band_and_the_dashed_projection() {
        open(testDeployments.idOf("Groupe Démo"));

        // The dashed curve levels off below the target; the band, following the recent pace, reaches it.
        var drawn = (Projection.Drawn) outlook.projection(testDeployments.idOf("Groupe Démo"));
        YearMonth bandReaches = drawn.bandReachesTargetIn();
        assertThat(bandReaches).isBetween(YearMonth.of(2027, 6), YearMonth.of(2028, 10));
        // Its target is due on 30 June 2027: the band reaching it later is said to be too late.
        assertThat(bandReaches).isAfter(YearMonth.of(2027, 6));
        assertThat(sentence()).isEqualTo("À ce rythme la courbe plafonne vers 49\u00A0%, sous l’objectif de 80\u00A0% ; "
                + "même le haut de la bande ne l’atteint qu’en " + month(bandReaches, Locale.FRENCH) + ", après l’échéance du 30 juin 2027.");
        JsonNode series = activation().get("series");
        assertThat(series).hasSize(3);
        assertThat(series.get(1).get("style").asString()).isEqualTo("BAND");
        assertThat(series.get(1).get("name").asString()).isEqualTo("Projection, bande à 80 %");
        assertThat(series.get(2).get("style").asString()).isEqualTo("DASHED");
        assertThat(series.get(2).get("points").get(1).get("xLabel").asString()).isEqualTo("novembre 2026 · projeté");
        // The dashed line goes on from October's 47.1 %: the curve alone gave 44.7 % in November, a fall read
        // off the chart that nothing foresees. It keeps the last measurement's gap to the curve, and says so.
        JsonNode dashed = series.get(2).get("points");
        assertThat(dashed.get(0).get("y").asDouble()).isCloseTo(47.1, org.assertj.core.data.Offset.offset(0.05));
        for (int month = 1; month < dashed.size(); month++) {
            assertThat(dashed.get(month).get("y").asDouble()).isGreaterThanOrEqualTo(dashed.get(month - 1).get("y").asDouble());
        }
        assertThat(projectionDetails()).contains(
                "La projection part de la dernière mesure et garde son écart à la courbe (+3,1 points) : elle plafonne donc vers 49\u00A0%.");
        // The band also follows the last three months' pace (37.7 % in July to 47.1 % in October), fading.
        assertThat(projectionDetails()).contains("Elle suit aussi le rythme récent, 3,1 points par mois sur les trois derniers mois");
        // The table lists the projected points apart, each marked as projected: to the target date or 24 months on.
        assertThat(GridKt._size(table("Bande à 80 %"))).isEqualTo(24);
        assertThat(GridKt._getFormattedRow(table("Bande à 80 %"), 0).get(1)).isEqualTo("projeté");

        useLocale(Locale.ENGLISH);
        open(testDeployments.idOf("Groupe Démo"));
        assertThat(sentence()).isEqualTo("At this pace the curve levels off near 49%, below the target of 80%; "
                + "even the top of the band only reaches it in " + month(bandReaches, Locale.ENGLISH) + ", after the deadline of June 30, 2027.");
        assertThat(projectionDetails()).contains("It also follows the recent pace, 3.1 points a month over the last three months");
        // The export lists the projected points and the pace after the measurements, each row saying its kind.
        String csv = csv("Export the data (CSV)");
        assertThat(csv).contains("\"Kind\",\"Band low (%)\",\"Band high (%)\"", "2026-10-31,\"day\",5650,47.1,20,83.3,\"Essor (fictif / fictitious)\",\"measured\",,")
                .containsPattern("\r\n2026-11-30,\"day\",,47\\.\\d,,,,\"projection\",4\\d\\.\\d,5\\d\\.\\d\r\n")
                .contains(",\"pace\",,\r\n").contains("\"Month 11: 47.1%, ahead of ");
        assertThat(csv.lines().filter(line -> line.contains("\"projection\"")).count()).isEqualTo(24);
    }

    @Test
    void the_pace_ranks_the_demo_among_the_reference_cases_near_its_month() {
        long demo = testDeployments.idOf("Groupe Démo");
        var pace = outlook.pace(demo).orElseThrow();
        open(demo);

        // Month 11 (October 2026 since November 2025): the Cargo's and CWT's 2012 figures sit at months 13 and 12;
        // Orange's, at month 19, is not near. (Other tests' deployments may add cases: the counts come from the service.)
        assertThat(pace()).startsWith("Mois 11 : 47,1\u00A0%, devant " + pace.ahead() + " sur " + pace.cases()
                        + " cas ayant un chiffre proche du mois 11.")
                .contains("Air France-KLM Cargo, mois ≈13 : 24,6\u00A0%", "Carlson Wagonlit Travel, mois ≈12 : 50,0\u00A0%",
                        "≈ : chiffre daté seulement au mois ou à l’année").doesNotContain("Orange");
        assertThat(pace.ahead()).isEqualTo((int) pace.references().stream().filter(other -> other.ratePct() < 47.1).count());
    }

    @Test
    void a_rollout_behind_every_case_near_its_month_is_said_behind_them_all() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Behind"), 1000, PartialDate.ofMonth(2025, 11));
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2026, 10, 31)), 10); // 1 % at month 11
        var pace = outlook.pace(rollout.getId()).orElseThrow();
        assertThat(pace.ahead()).isZero();

        open(rollout.getId());
        assertThat(pace()).startsWith("Mois 11 : 1,0\u00A0%, derrière les " + pace.cases()
                + " cas ayant un chiffre proche du mois 11.");
        useLocale(Locale.ENGLISH);
        open(rollout.getId());
        assertThat(pace()).startsWith("Month 11: 1.0%, behind "
                + (pace.cases() == 2 ? "both cases" : "all " + pace.cases() + " cases") + " with a figure near month 11.");
    }

    @Test
    void a_fictitious_deployment_never_serves_as_a_pace_reference() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Pace"), 1000, PartialDate.ofMonth(2025, 11));
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2026, 10, 31)), 300);

        var pace = outlook.pace(rollout.getId()).orElseThrow();
        // Month 11, like the demo's latest figure (47.1 %): the demo is left out, the published cases count.
        assertThat(pace.month()).isEqualTo(11);
        assertThat(pace.references()).extracting(reference -> reference.organisation())
                .contains("Air France-KLM Cargo", "Carlson Wagonlit Travel").doesNotContain("Groupe Démo");
        open(rollout.getId());
        assertThat(pace()).doesNotContain("Groupe Démo");
    }

    @Test
    void a_published_case_dated_only_to_the_year_has_no_projection_and_says_why() {
        useLocale(Locale.ENGLISH);
        open(testDeployments.idOf("Orange"));

        assertThat(sentence()).isEqualTo("Not enough history to project: no month measured (to the month or day), "
                + "where a projection needs at least 3 months measured, 3 months apart or more (the last measurement of each month counts).");
        assertThat(projectionDetails()).isEqualTo(
                "1 measurement dated only to the year left out of the projection: its month is not known.");
        assertThat(activation().get("series")).hasSize(1);
        assertThat(tableWith("80% band")).as("no table of projected points").isEmpty();
    }

    @Test
    void a_young_rollouts_very_wide_band_is_said_too_early_to_tell_in_french_and_in_english() {
        // Four months: 2 %, 4 %, 7 %, 9 %. The curve levels off near 11 %, but refitted curves go anywhere up to 100 %.
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Young"), 1000, PartialDate.ofMonth(2025, 1));
        int[] active = {20, 40, 70, 90};
        for (int month = 1; month <= active.length; month++) {
            testDeployments.measure(rollout, PartialDate.ofDay(YearMonth.of(2025, 1).plusMonths(month).atEndOfMonth()), active[month - 1]);
        }
        var horizon = ((Projection.Drawn) outlook.projection(rollout.getId())).atHorizon();
        assertThat(horizon.highPct() - horizon.lowPct()).isGreaterThan(50);

        open(rollout.getId());
        assertThat(sentence()).startsWith("À ce rythme la courbe plafonne vers 11\u00A0%.")
                .endsWith(" La bande est très large (" + Math.round(horizon.lowPct()) + "\u00A0% à " + Math.round(horizon.highPct())
                        + "\u00A0% en " + month(YearMonth.from(horizon.day()), Locale.FRENCH)
                        + ") : il est encore trop tôt pour dire où l’activation plafonnera.");
        useLocale(Locale.ENGLISH);
        open(rollout.getId());
        assertThat(sentence())
                .endsWith(" The band is very wide (" + Math.round(horizon.lowPct()) + "% to " + Math.round(horizon.highPct())
                        + "% by " + month(YearMonth.from(horizon.day()), Locale.ENGLISH)
                        + "): it is still too early to tell where activation will level off.");
    }

    @Test
    void a_falling_rate_is_followed_down_and_said_so_with_a_singular_point_in_french() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Falling"), 1000, PartialDate.ofMonth(2025, 1));
        int[] active = {50, 120, 200, 270, 340, 330, 320, 310};
        for (int month = 1; month <= active.length; month++) {
            testDeployments.measure(rollout, PartialDate.ofDay(YearMonth.of(2025, 1).plusMonths(month).atEndOfMonth()), active[month - 1]);
        }
        var drawn = (Projection.Drawn) outlook.projection(rollout.getId());
        assertThat(drawn.recentGainPerMonth()).isNegative();
        assertThat(drawn.atHorizon().lowPct()).as("the fall goes on, fading").isLessThan(25);

        open(rollout.getId());
        assertThat(projectionDetails())
                .contains("Elle suit aussi la baisse récente, 1,0 point par mois sur les trois derniers mois environ");
        // The dashed curve never falls: the sentence says the rate does.
        assertThat(sentence()).startsWith("À ce rythme la courbe plafonne vers ")
                .contains(" L’activation baisse pourtant depuis trois mois environ (1,0 point par mois) : si la baisse continue, la bande descend jusqu’à "
                        + Math.round(drawn.atHorizon().lowPct()) + "\u00A0% en " + month(YearMonth.from(drawn.atHorizon().day()), Locale.FRENCH) + ".");
        useLocale(Locale.ENGLISH);
        open(rollout.getId());
        assertThat(projectionDetails())
                .contains("It also follows the recent fall, 1.0 points a month over the last three months or so");
    }
}

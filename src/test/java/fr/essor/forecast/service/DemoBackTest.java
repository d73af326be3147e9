package fr.essor.forecast.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.PartialDate;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import fr.essor.forecast.domain.RateMeasurement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The back-test: the model fitted on the first half of Groupe Démo's measurements (read from the migration
 * that ships them), checked against the second half. The result is printed so it can be quoted.
 *
 * <p>Its result is recorded, not wished for. The first six months slow down (gains of 6, 5, 6, 4, 4 points),
 * so the curve fitted to them levels off near 30 %; then the second training wave and the back-to-school
 * campaign lift the demo to 47 %. No diffusion curve fitted to the first half foresees that (a Bass curve
 * levels off near 33 %), and with the curve's band alone none of the six was inside. The band now also follows
 * the recent pace, fading ({@link RecentPace}): all six are inside, the first by 0.9 points. That rule was
 * chosen after this back-test had failed, so this back-test does not prove it; it shows what it does. A change
 * to the model that moves this figure must update it here and in docs/projection.md ("Back-test").
 */
class DemoBackTest {

    /** Groupe Démo's headcount and launch, as in V4__demo_deployment.sql. */
    private static final int HEADCOUNT = 12_000;
    private static final PartialDate LAUNCH = PartialDate.ofMonth(2025, 11);
    /** The back-test's result as quoted in docs/projection.md. */
    private static final int RECORDED_INSIDE = 6;
    private static final Pattern ROW = Pattern.compile("\\(date '(\\d{4}-\\d{2}-\\d{2})',\\s*(\\d+),\\s*\\d+,\\s*\\d+\\)");

    static List<RateMeasurement> demoMeasurements() throws IOException {
        try (InputStream in = DemoBackTest.class.getResourceAsStream("/db/migration/V4__demo_deployment.sql")) {
            Matcher row = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<RateMeasurement> measured = new ArrayList<>();
            while (row.find()) {
                measured.add(new RateMeasurement(PartialDate.ofDay(LocalDate.parse(row.group(1))),
                        100.0 * Integer.parseInt(row.group(2)) / HEADCOUNT));
            }
            return measured;
        }
    }

    @Test
    void fitted_on_the_first_half_of_the_demo_the_second_half_falls_inside_the_band() throws IOException {
        List<RateMeasurement> all = demoMeasurements();
        assertThat(all).hasSize(12);
        List<RateMeasurement> firstHalf = all.subList(0, all.size() / 2);
        List<RateMeasurement> secondHalf = all.subList(all.size() / 2, all.size());

        var projection = (Projection.Drawn) new ForecastService().project(firstHalf, LAUNCH, 80, LocalDate.of(2027, 6, 30));

        int inside = 0;
        StringBuilder report = new StringBuilder("Back-test on Groupe Démo, fitted on " + firstHalf.size() + " measurements ("
                + String.format("ceiling %.1f %%, k %.3f/month, inflection month %.1f, RMSE %.2f points",
                projection.curve().ceilingPct(), projection.curve().speedPerMonth(), projection.curve().inflectionMonth(),
                projection.rmsePoints()) + "):\n");
        for (RateMeasurement actual : secondHalf) {
            ProjectedPoint band = projection.points().stream()
                    .filter(point -> YearMonth.from(point.day()).equals(YearMonth.from(actual.date().start())))
                    .findFirst().orElseThrow();
            boolean in = actual.ratePct() >= band.lowPct() && actual.ratePct() <= band.highPct();
            inside += in ? 1 : 0;
            report.append(String.format("  %s measured %.1f %%, projected %.1f %% (band %.1f–%.1f) %s%n", actual.date().iso(),
                    actual.ratePct(), band.ratePct(), band.lowPct(), band.highPct(), in ? "inside" : "OUTSIDE"));
        }
        report.append(inside).append(" of ").append(secondHalf.size()).append(" inside the band");
        System.out.println(report);

        assertThat(inside).as(report.toString()).isEqualTo(RECORDED_INSIDE);
    }
}

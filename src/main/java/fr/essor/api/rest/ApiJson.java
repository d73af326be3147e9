package fr.essor.api.rest;

import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.EventMark;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import fr.essor.rollout.Platform;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the API answers, as plain records: dates known to the year or month stay so ("2012", "2012-06");
 * "plottedOn" is where the chart draws them (the middle of the period).
 */
final class ApiJson {

    private ApiJson() {
    }

    record DeploymentItem(long id, String organisation, @Nullable Platform platform, @Nullable String platformName,
                          @Nullable String launch, int headcount, @Nullable Integer countriesPresent, boolean referenceCase,
                          boolean demo, @Nullable Integer latestActiveUsers, @Nullable Integer latestCountriesReached) {

        static DeploymentItem of(DeploymentSummary summary) {
            return new DeploymentItem(summary.id(), summary.organisation(), summary.platform(), summary.platformName(),
                    iso(summary.launch()), summary.headcount(), summary.countriesPresent(), summary.referenceCase(),
                    summary.demo(), summary.latestActiveUsers(), summary.latestCountriesReached());
        }
    }

    record Point(String date, LocalDate plottedOn, int value, @Nullable BigDecimal ratePct, @Nullable String source) {
        static Point of(SeriesPoint point) {
            return new Point(point.date().iso(), point.plottedOn(), point.value(), point.ratePct(), point.source());
        }
    }

    record Mark(String date, EventKind kind, String title, @Nullable String note) {
        static Mark of(EventMark mark) {
            return new Mark(mark.date().iso(), mark.kind(), mark.title(), mark.note());
        }
    }

    /**
     * The series as the chart shows it; "projection" and "pace" are computed from the whole monthly history,
     * whatever the period asked, and are projections and rankings, never measurements.
     */
    record Series(String organisation, int headcount, @Nullable Integer countriesPresent, @Nullable String launch,
                  @Nullable Integer targetPct, @Nullable LocalDate targetDate, String bucketing,
                  List<Point> activeUsers, List<Point> countriesReached, List<Mark> events,
                  ProjectionJson projection, @Nullable PaceJson pace) {
        static Series of(ActivationSeries series, Projection projection, @Nullable Pace pace) {
            return new Series(series.organisation(), series.headcount(), series.countriesPresent(), iso(series.launch()),
                    series.targetPct(), series.targetDate(), series.bucketing().name(),
                    series.activeUsers().stream().map(Point::of).toList(),
                    series.countriesReached().stream().map(Point::of).toList(),
                    series.events().stream().map(Mark::of).toList(),
                    ProjectionJson.of(projection), pace == null ? null : PaceJson.of(pace));
        }
    }

    /**
     * The projection, labelled as such: "status" DRAWN, NOT_ENOUGH_HISTORY or POOR_FIT; when drawn, the fitted
     * logistic curve (speed per month, its logistic rate; "fastestGainPointsPerMonth", the points a month it gains at
     * its inflection, in months since launch; "ceilingPct" is where the projection levels off: the curve's ceiling
     * moved by the last measurement's gap to it), the typical gap to the measurements, the recent pace the band also
     * follows ("recentGainPointsPerMonth", negative when the rate fell; null when it held), the projected points with
     * their 80 % band, when the target is reached (year-month), and, when the projection levels off below the
     * target, the first month the band's top reaches it ("bandReachesTargetIn").
     */
    record ProjectionJson(String kind, String status, int leftOutYearOnly, @Nullable Integer measurements,
                          @Nullable Integer monthsSpanned, @Nullable Double rmsePoints, @Nullable Double ceilingPct,
                          @Nullable Double speedPerMonth, @Nullable Double inflectionMonthSinceLaunch,
                          @Nullable Boolean levelsOffBelowTarget, @Nullable Boolean targetAlreadyReached,
                          @Nullable String targetReachedAround, @Nullable String targetReachedEarliest,
                          @Nullable String targetReachedLatest, @Nullable String bandReachesTargetIn,
                          @Nullable Double fastestGainPointsPerMonth, @Nullable Double recentGainPointsPerMonth,
                          List<ProjectedPointJson> points) {
        static ProjectionJson of(Projection projection) {
            return switch (projection) {
                case Projection.NotEnoughHistory missing -> new ProjectionJson("projection", "NOT_ENOUGH_HISTORY",
                        missing.leftOutYearOnly(), missing.measurements(), missing.monthsSpanned(), null, null, null, null,
                        null, null, null, null, null, null, null, null, List.of());
                case Projection.PoorFit poor -> new ProjectionJson("projection", "POOR_FIT", poor.leftOutYearOnly(), null, null,
                        Double.isNaN(poor.rmsePoints()) ? null : round(poor.rmsePoints()), null, null, null, null, null, null, null, null,
                        null, null, null, List.of());
                case Projection.Drawn drawn -> new ProjectionJson("projection", "DRAWN", drawn.leftOutYearOnly(), null, null,
                        round(drawn.rmsePoints()), round(drawn.levelPct()), drawn.curve().speedPerMonth(),
                        round(drawn.curve().inflectionMonth()), drawn.levelsOffBelowTarget(), drawn.targetAlreadyReached(),
                        drawn.crossing() == null ? null : drawn.crossing().around().toString(),
                        drawn.crossing() == null ? null : drawn.crossing().earliest().toString(),
                        drawn.crossing() == null || drawn.crossing().latest() == null ? null : drawn.crossing().latest().toString(),
                        drawn.bandReachesTargetIn() == null ? null : drawn.bandReachesTargetIn().toString(),
                        round(drawn.curve().fastestPointsPerMonth()),
                        drawn.recentGainPerMonth() == null ? null : round(drawn.recentGainPerMonth()),
                        drawn.points().subList(1, drawn.points().size()).stream().map(ProjectedPointJson::of).toList());
            };
        }
    }

    record ProjectedPointJson(LocalDate date, boolean projected, double ratePct, double bandLowPct, double bandHighPct) {
        static ProjectedPointJson of(ProjectedPoint point) {
            return new ProjectedPointJson(point.day(), true, round(point.ratePct()), round(point.lowPct()), round(point.highPct()));
        }
    }

    /** Where the latest rate stands among other (never fictitious) deployments with a figure near the same month. */
    record PaceJson(int monthSinceLaunch, double ratePct, int aheadOf, int cases, List<PaceCaseJson> casesNearThatMonth) {
        static PaceJson of(Pace pace) {
            return new PaceJson(pace.month(), round(pace.ratePct()), pace.ahead(), pace.cases(), pace.references().stream()
                    .map(reference -> new PaceCaseJson(reference.organisation(), reference.month(), round(reference.ratePct()),
                            reference.approximate())).toList());
        }
    }

    /** approximate: dated only to the month or year, placed at the middle of its period. */
    record PaceCaseJson(String organisation, int monthSinceLaunch, double ratePct, boolean approximate) {
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    record MeasurementItem(long id, String date, @Nullable String countryCode, @Nullable Integer activeUsers,
                           @Nullable Integer registeredUsers, @Nullable Integer countriesReached,
                           @Nullable Integer professionalGroups, @Nullable Integer personalGroups,
                           @Nullable String source, @Nullable String note) {
        static MeasurementItem of(Measurement measurement) {
            return new MeasurementItem(measurement.getId(), iso(measurement.getDate()), measurement.getCountryCode(),
                    measurement.getActiveUsers(), measurement.getRegisteredUsers(), measurement.getCountriesReached(),
                    measurement.getProfessionalGroups(), measurement.getPersonalGroups(), measurement.getSource(),
                    measurement.getNote());
        }
    }

    record EventItem(long id, String date, @Nullable EventKind kind, String title, @Nullable String note) {
        static EventItem of(RolloutEvent event) {
            return new EventItem(event.getId(), iso(event.getDate()), event.getKind(), event.getTitle(), event.getNote());
        }
    }

    record Milestones(List<MeasurementItem> measurements, List<EventItem> events) {
    }

    record BatchResult(int saved, List<MeasurementItem> measurements) {
    }

    record Imported(long id) {
    }

    private static @Nullable String iso(@Nullable PartialDate date) {
        return date == null ? null : date.iso();
    }
}

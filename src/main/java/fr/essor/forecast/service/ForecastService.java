package fr.essor.forecast.service;

import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import fr.essor.forecast.domain.AdoptionCurve;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.Pace.PaceReference;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import fr.essor.forecast.domain.RateMeasurement;
import fr.essor.forecast.domain.TargetCrossing;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.fitting.WeightedObservedPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The adoption model. A logistic curve is fitted to a deployment's measured rates, in months since its launch,
 * by weighted least squares; it is drawn only with enough history and a good fit; a bootstrap gives its band.
 * Pure computation on what the caller passes: no database, no permission (the caller has read the data), nothing
 * kept (the caller keeps the answers it shares: OutlookService).
 */
@Service
public class ForecastService {

    public static final int MIN_MEASUREMENTS = 3;
    public static final int MIN_MONTHS_SPANNED = 3;
    /** A fit whose typical gap to the measurements (weighted RMSE) exceeds this many points is poor: not drawn. */
    public static final double POOR_FIT_RMSE_POINTS = 5.0;
    public static final int HORIZON_MONTHS = 24;
    /** A target date further than this past the last measurement does not stretch the projection. */
    static final int LONGEST_HORIZON_MONTHS = 60;
    /** A date known to the month is half a month either way: it weighs half as much as an exact day. */
    static final double MONTH_ONLY_WEIGHT = 0.5;
    /** Pace: another deployment's figure counts when it lies within this many months of the deployment's month. */
    public static final int PACE_NEAR_MONTHS = 3;
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private record Question(List<RateMeasurement> measured, @Nullable PartialDate launch,
                            @Nullable Integer targetPct, @Nullable LocalDate targetDate, boolean withBand) {
    }

    /**
     * The projection of these measurements (oldest first). Measurements dated only to the year are left out
     * of the fit (their month is unknown by up to six months) and counted, so the page can say so.
     */
    public Projection project(List<RateMeasurement> measured, @Nullable PartialDate launch,
                              @Nullable Integer targetPct, @Nullable LocalDate targetDate) {
        return workOut(new Question(List.copyOf(measured), launch, targetPct, targetDate, true));
    }

    /**
     * The same projection without its band: the fitted curve and the month it crosses the target, for lists
     * that only say whether and when (the dashboard's "behind the target", over every deployment). No bootstrap,
     * so about a hundredth of the work; each point's low and high are the curve itself, and so are the
     * crossing's earliest and latest months.
     */
    public Projection projectWithoutBand(List<RateMeasurement> measured, @Nullable PartialDate launch,
                                         @Nullable Integer targetPct, @Nullable LocalDate targetDate) {
        return workOut(new Question(List.copyOf(measured), launch, targetPct, targetDate, false));
    }

    private Projection workOut(Question question) {
        List<RateMeasurement> measured = question.measured();
        PartialDate launch = question.launch();
        Integer targetPct = question.targetPct();
        LocalDate targetDate = question.targetDate();
        List<RateMeasurement> dated = measured.stream().filter(m -> m.date().precision() != DatePrecision.YEAR).toList();
        int leftOut = measured.size() - dated.size();
        int spanned = dated.isEmpty() ? 0 : (int) ChronoUnit.MONTHS.between(YearMonth.from(dated.getFirst().date().middle()),
                YearMonth.from(dated.getLast().date().middle()));
        if (dated.size() < MIN_MEASUREMENTS || spanned < MIN_MONTHS_SPANNED) {
            return new Projection.NotEnoughHistory(dated.size(), spanned, leftOut);
        }
        LocalDate origin = launch != null ? launch.start() : dated.getFirst().date().middle();
        FitData data = new FitData(dated.stream().map(m -> new WeightedObservedPoint(
                m.date().precision() == DatePrecision.DAY ? 1 : MONTH_ONLY_WEIGHT, months(origin, m.date().middle()), m.ratePct())).toList());
        AdoptionCurve curve;
        try {
            curve = data.fit();
        } catch (IllegalStateException notConverged) {
            return new Projection.PoorFit(Double.NaN, leftOut);
        }
        double rmse = data.rmse(curve);
        if (rmse > POOR_FIT_RMSE_POINTS) {
            return new Projection.PoorFit(rmse, leftOut);
        }
        UncertaintyBand band = question.withBand() ? new UncertaintyBand(data, curve, rmse) : null;
        RecentPace recent = band == null ? null : RecentPace.of(data.points(), band.noise()).orElse(null);
        RateMeasurement last = dated.getLast();
        LocalDate lastDay = last.date().middle();
        // The projection goes on from the last measurement, keeping its gap to the curve: drawn from the curve
        // alone, Groupe Démo's went down from 47.1 % to 44 % the next month, a fall no one foresees.
        double anchor = last.ratePct() - curve.rateAt(months(origin, lastDay));
        List<ProjectedPoint> points = new ArrayList<>();
        points.add(new ProjectedPoint(lastDay, last.ratePct(), last.ratePct(), last.ratePct()));
        LocalDate horizon = horizon(lastDay, targetDate);
        for (LocalDate day = lastDay.plusMonths(1); !day.isAfter(horizon); day = lastDay.plusMonths(points.size())) {
            double month = months(origin, day);
            double rate = curve.rateAt(month);
            double[] range = band != null ? band.at(month, rate) : new double[] {rate, rate};
            double low = range[0] + anchor;
            double high = range[1] + anchor;
            if (recent != null) {
                // The band spans the curve's reading and the recent pace's (RecentPace).
                double[] paced = recent.at(month);
                low = Math.min(low, paced[0]);
                high = Math.max(high, paced[1]);
            }
            points.add(new ProjectedPoint(day, within(rate + anchor), within(low), within(high)));
        }
        boolean reached = targetPct != null && measured.stream().anyMatch(m -> m.ratePct() >= targetPct);
        TargetCrossing crossing = targetPct == null || reached ? null
                : crossing(curve, band, recent, targetPct, anchor, origin, months(origin, lastDay));
        return new Projection.Drawn(curve, anchor, origin, rmse, points, targetPct, targetDate, reached, crossing, leftOut,
                recent == null ? null : recent.gainPerMonth());
    }

    /** To the target date or 24 months past the last measurement, whichever is later; never past five years. */
    static LocalDate horizon(LocalDate lastDay, @Nullable LocalDate targetDate) {
        LocalDate horizon = lastDay.plusMonths(HORIZON_MONTHS);
        if (targetDate != null && targetDate.isAfter(horizon)) {
            horizon = targetDate.isAfter(lastDay.plusMonths(LONGEST_HORIZON_MONTHS)) ? lastDay.plusMonths(LONGEST_HORIZON_MONTHS) : targetDate;
        }
        return horizon;
    }

    private static double within(double pct) {
        return Math.max(0, Math.min(100, pct));
    }

    /**
     * When the projection (the fitted curve, moved by the anchor) reaches the target, and the band's earliest and
     * latest: the earliest of the refitted curves' and of the recent pace's.
     */
    private static @Nullable TargetCrossing crossing(AdoptionCurve curve, @Nullable UncertaintyBand band, @Nullable RecentPace recent,
                                                     int targetPct, double anchor, LocalDate origin, double lastMonth) {
        double onCurve = targetPct - anchor;
        var around = curve.monthReaching(onCurve);
        if (around.isEmpty()) {
            return null; // levels off below the target
        }
        double[] range = band != null ? band.monthsReaching(onCurve) : new double[] {around.getAsDouble(), around.getAsDouble()};
        if (recent != null) {
            range[0] = Math.min(range[0], recent.monthReaching(targetPct));
        }
        // The last measurement is under the target (or the crossing is not asked for): its own month is gone and
        // not reached, so no month before the next one is said, however close the target lies.
        YearMonth next = month(origin, lastMonth).plusMonths(1);
        YearMonth latest = Double.isInfinite(range[1]) ? null : notBefore(next, month(origin, range[1]));
        return new TargetCrossing(notBefore(next, month(origin, around.getAsDouble())),
                notBefore(next, month(origin, Math.min(around.getAsDouble(), range[0]))), latest);
    }

    private static YearMonth notBefore(YearMonth first, YearMonth month) {
        return month.isBefore(first) ? first : month;
    }

    /**
     * Where a rate at this month since launch stands among other deployments' figures: each other deployment
     * counts once, by its figure nearest that month, if within {@link #PACE_NEAR_MONTHS}. The caller passes
     * only deployments that may serve as references (never fictitious ones).
     */
    public Pace pace(int month, double ratePct, PartialDate measuredOn, List<PaceReference> othersFigures) {
        List<PaceReference> nearest = othersFigures.stream()
                .filter(figure -> Math.abs(figure.month() - month) <= PACE_NEAR_MONTHS)
                .collect(java.util.stream.Collectors.groupingBy(PaceReference::deploymentId,
                        java.util.stream.Collectors.minBy(Comparator.comparingInt(figure -> Math.abs(figure.month() - month)))))
                .values().stream().flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(PaceReference::organisation)).toList();
        int ahead = (int) nearest.stream().filter(figure -> ratePct > figure.ratePct()).count();
        return new Pace(month, ratePct, measuredOn, ahead, nearest);
    }

    static double months(LocalDate origin, LocalDate day) {
        return ChronoUnit.DAYS.between(origin, day) / DAYS_PER_MONTH;
    }

    static YearMonth month(LocalDate origin, double months) {
        return YearMonth.from(origin.plusDays(Math.round(months * DAYS_PER_MONTH)));
    }
}

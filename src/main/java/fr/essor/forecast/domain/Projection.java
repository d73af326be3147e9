package fr.essor.forecast.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the forecast says of one deployment: a projection drawn, or why there is none. Each says how many
 * measurements dated only to the year were left out: their month is not known well enough to fit a curve.
 */
public sealed interface Projection {

    int leftOutYearOnly();

    /** Fewer than the minimum measurements, or spanning fewer months than the minimum. */
    record NotEnoughHistory(int measurements, int monthsSpanned, int leftOutYearOnly) implements Projection {
    }

    /** A curve was fitted but misses the measurements by more than the threshold: nothing drawn. */
    record PoorFit(double rmsePoints, int leftOutYearOnly) implements Projection {
    }

    /**
     * A projection to draw.
     *
     * @param anchorPct  the last measurement's gap to the fitted curve, in points: the projection starts from the
     *                   last measurement and keeps that gap (an intercept correction), so it neither dips below
     *                   nor jumps above where the deployment stands
     * @param rmsePoints the typical gap between the curve and the measurements, in percentage points
     * @param points     from the last measurement (its own rate, no band) to the horizon, month by month
     * @param targetDate when the target is due, if the deployment says
     * @param crossing   when the target is reached; null without a target, when already reached or when
     *                   the curve levels off below it
     * @param recentGainPerMonth the recent pace the band also follows (points a month over about the last three
     *                   months, fading by a tenth each month; negative when the rate fell); null when the rate held,
     *                   or without a band
     */
    record Drawn(AdoptionCurve curve, double anchorPct, java.time.LocalDate origin, double rmsePoints, List<ProjectedPoint> points,
                 @Nullable Integer targetPct, java.time.@Nullable LocalDate targetDate, boolean targetAlreadyReached,
                 @Nullable TargetCrossing crossing,
                 int leftOutYearOnly, @Nullable Double recentGainPerMonth) implements Projection {

        public Drawn {
            points = List.copyOf(points);
        }

        /** Where the projection levels off: the fitted ceiling, moved by the anchor. */
        public double levelPct() {
            return Math.min(100, curve.ceilingPct() + anchorPct);
        }

        /** The projection levels off at or below the target: it will not be reached at this pace. */
        public boolean levelsOffBelowTarget() {
            return targetPct != null && !targetAlreadyReached && levelPct() <= targetPct;
        }

        /**
         * The first projected month whose band reaches the target, though the projection itself levels off below
         * it (the target is then not out of reach, if its date allows). Null otherwise.
         */
        public java.time.@Nullable YearMonth bandReachesTargetIn() {
            if (!levelsOffBelowTarget() || targetPct == null) {
                return null;
            }
            return points.stream().skip(1).filter(point -> point.highPct() >= targetPct).findFirst()
                    .map(point -> java.time.YearMonth.from(point.day())).orElse(null);
        }

        /** The last projected point: where the band stands at the horizon. */
        public ProjectedPoint atHorizon() {
            return points.getLast();
        }
    }
}

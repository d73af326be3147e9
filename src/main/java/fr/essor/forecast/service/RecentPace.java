package fr.essor.forecast.service;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fitting.WeightedObservedPoint;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * The second half of the band: the deployment's recent pace, continued and fading. A logistic curve fitted to
 * gains that slow down levels off, and a training wave or a campaign that comes next lifts the rate anyway
 * (Groupe Démo: fitted on its first six months, the curve levelled off near 30 %; six months later it stood at
 * 47 %). The band therefore spans both readings: the curve's, and this one.
 *
 * <p>This is a damped trend (Gardner and McKenzie's exponential smoothing with a damped trend, without its
 * smoothing): the gain per month over about the last three months, losing a tenth of itself each month, so
 * it adds at most nine times that gain however far ahead. Its 80 % range widens with the horizon as a random
 * walk of monthly gains would: a measurement's noise, plus the spread of the monthly gains seen so far for
 * each month ahead.
 *
 * <p>A falling rate is read the same way: the decline goes on, fading, and the band widens downwards where the
 * logistic curve, which never falls, would only have held the level.
 */
final class RecentPace {

    /** What is left of the pace after each month. */
    static final double DAMPING = 0.9;
    /** The gain is read over about this many months before the last measurement. */
    static final double OVER_MONTHS = 3;
    /** A gain read over less than this is a single month's noise more than a pace. */
    static final double SHORTEST_MONTHS = 2;
    /** Below this, either way, the rate held: no pace to follow (it would read "0.0 points a month"). */
    static final double HELD_POINTS_PER_MONTH = 0.05;

    private final double lastMonth;
    private final double lastPct;
    private final double gainPerMonth;
    private final double noise;
    private final double gainSpread;

    private RecentPace(double lastMonth, double lastPct, double gainPerMonth, double noise, double gainSpread) {
        this.lastMonth = lastMonth;
        this.lastPct = lastPct;
        this.gainPerMonth = gainPerMonth;
        this.noise = noise;
        this.gainSpread = gainSpread;
    }

    /**
     * The pace of these points (months since launch, rate; oldest first), with a measurement's noise in points;
     * empty when no measurement lies at least two months before the last, or when the rate held.
     */
    static Optional<RecentPace> of(List<WeightedObservedPoint> points, double noise) {
        WeightedObservedPoint last = points.getLast();
        WeightedObservedPoint from = null;
        for (WeightedObservedPoint point : points) {
            double before = last.getX() - point.getX();
            if (before >= SHORTEST_MONTHS && (from == null
                    || Math.abs(before - OVER_MONTHS) < Math.abs(last.getX() - from.getX() - OVER_MONTHS))) {
                from = point;
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        double gain = (last.getY() - from.getY()) / (last.getX() - from.getX());
        if (Math.abs(gain) < HELD_POINTS_PER_MONTH) {
            return Optional.empty();
        }
        // The gains' spread over the same months as the pace: over the whole history it counted the launch's climb
        // and a later fall as noise, and a rate falling by 2 points a month got a band down to 0 % within a year.
        int window = points.indexOf(from);
        double[] monthlyGains = gains(points.subList(points.size() - window < 3 ? 0 : window, points.size()));
        double spread = monthlyGains.length < 2 ? 0 : new StandardDeviation().evaluate(monthlyGains);
        return Optional.of(new RecentPace(last.getX(), last.getY(), gain, noise, spread));
    }

    private static double[] gains(List<WeightedObservedPoint> points) {
        double[] monthlyGains = new double[points.size() - 1];
        for (int i = 1; i < points.size(); i++) {
            WeightedObservedPoint earlier = points.get(i - 1);
            WeightedObservedPoint later = points.get(i);
            monthlyGains[i - 1] = (later.getY() - earlier.getY()) / Math.max(later.getX() - earlier.getX(), 0.5);
        }
        return monthlyGains;
    }

    /** Points a month, negative when the rate fell. */
    double gainPerMonth() {
        return gainPerMonth;
    }

    /** Where the pace leads at this month since launch: the rate without its range. */
    double rateAt(double month) {
        double ahead = Math.max(0, month - lastMonth);
        return lastPct + gainPerMonth * DAMPING * (1 - Math.pow(DAMPING, ahead)) / (1 - DAMPING);
    }

    /** Its 80 % range at this month since launch: {low, high}. */
    double[] at(double month) {
        double ahead = Math.max(0, month - lastMonth);
        double spread = UncertaintyBand.Z_80 * Math.sqrt(noise * noise + ahead * gainSpread * gainSpread);
        double rate = rateAt(month);
        return new double[] {rate - spread, rate + spread};
    }

    /** The month since launch at which the pace reaches this rate; infinite if it fades before, or falls. */
    double monthReaching(double ratePct) {
        double needed = ratePct - lastPct;
        if (needed <= 0) {
            return lastMonth;
        }
        double ceiling = gainPerMonth * DAMPING / (1 - DAMPING);
        if (gainPerMonth <= 0 || needed >= ceiling) {
            return Double.POSITIVE_INFINITY;
        }
        return lastMonth + Math.log(1 - needed / ceiling) / Math.log(DAMPING);
    }
}

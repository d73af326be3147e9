package fr.essor.forecast.domain;

import java.util.OptionalDouble;

/**
 * A logistic adoption curve, in months since its origin (the launch): the rate rises slowly, fastest at
 * the inflection, then levels off at the ceiling.
 *
 * @param ceilingPct      the rate the curve levels off at, in percent
 * @param speedPerMonth   the logistic growth rate k (per month); the steeper, the faster
 * @param inflectionMonth the month since launch when half the ceiling is reached and growth is fastest
 */
public record AdoptionCurve(double ceilingPct, double speedPerMonth, double inflectionMonth) {

    public double rateAt(double month) {
        return ceilingPct / (1 + Math.exp(-clampedExponent(speedPerMonth * (month - inflectionMonth))));
    }

    /** Percentage points gained per month at the inflection, the curve's fastest: ceiling × k ÷ 4. */
    public double fastestPointsPerMonth() {
        return ceilingPct * speedPerMonth / 4;
    }

    /** The month the curve reaches this rate; empty when it levels off at or below it. */
    public OptionalDouble monthReaching(double ratePct) {
        if (ratePct <= 0 || ratePct >= ceilingPct || speedPerMonth <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(inflectionMonth - Math.log(ceilingPct / ratePct - 1) / speedPerMonth);
    }

    /** exp() of more than 50 is beyond what a rate needs and would overflow the gradient. */
    public static double clampedExponent(double exponent) {
        return Math.max(-50, Math.min(50, exponent));
    }
}

package fr.essor.forecast.service;

import fr.essor.forecast.domain.AdoptionCurve;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * A parametric bootstrap of the fit: {@link #REPLICATES} sets of measurements drawn around the fitted curve
 * with the residuals' spread, each fitted again. The band at a month holds the middle 80 % of these curves
 * there, widened by a measurement's own noise; the spread grows with the residuals and with the
 * distance from the data. A fixed seed: the same measurements always give the same band.
 */
final class UncertaintyBand {

    static final int REPLICATES = 200;
    static final double LOW_QUANTILE = 0.10;
    static final double HIGH_QUANTILE = 0.90;
    /** Three points fit a three-parameter curve exactly: the noise is never taken as below one point. */
    static final double MIN_NOISE_POINTS = 1.0;
    private static final long SEED = 14;
    /** Standard deviations either side of the mean that hold the middle 80 % of a normal spread. */
    static final double Z_80 = 1.2816;

    private final List<AdoptionCurve> curves = new ArrayList<>();
    private final double noise;

    UncertaintyBand(FitData data, AdoptionCurve fitted, double rmse) {
        int n = data.size();
        Random random = new Random(SEED);
        // Residuals of a 3-parameter fit understate the noise: scaled by n / (n - 3) as in a variance estimate.
        this.noise = Math.max(MIN_NOISE_POINTS, n > 3 ? rmse * Math.sqrt((double) n / (n - 3)) : rmse);
        for (int replicate = 0; replicate < REPLICATES; replicate++) {
            double[] rates = new double[n];
            for (int i = 0; i < n; i++) {
                var point = data.points().get(i);
                rates[i] = fitted.rateAt(point.getX()) + noise * random.nextGaussian() / Math.sqrt(point.getWeight());
            }
            try {
                curves.add(new AdoptionCurveFitter(fitted).fitCurve(data.withRates(rates).points()));
            } catch (RuntimeException notConverged) {
                // a replicate that does not converge is left out of the band
            }
        }
    }

    /**
     * The band for a measurement at this month: {low, high}, within 0–100 %. The curves' own spread on each
     * side of the fitted value, combined with a measurement's noise (its 80 % range, ± 1.28 σ).
     */
    double[] at(double month, double fittedPct) {
        double[] values = curves.stream().mapToDouble(curve -> curve.rateAt(month)).toArray();
        double measurement = Z_80 * noise;
        double below = fittedPct - quantile(values, LOW_QUANTILE);
        double above = quantile(values, HIGH_QUANTILE) - fittedPct;
        return new double[] {Math.max(0, fittedPct - Math.hypot(Math.max(0, below), measurement)),
                Math.min(100, fittedPct + Math.hypot(Math.max(0, above), measurement))};
    }

    /** Quantiles of the month each replicate reaches the rate; infinite for those that never do. */
    double[] monthsReaching(double ratePct) {
        ToDoubleFunction<AdoptionCurve> month = curve -> curve.monthReaching(ratePct).orElse(Double.POSITIVE_INFINITY);
        double[] months = curves.stream().mapToDouble(month).toArray();
        return new double[] {quantile(months, LOW_QUANTILE), quantile(months, HIGH_QUANTILE)};
    }

    double noise() {
        return noise;
    }

    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}

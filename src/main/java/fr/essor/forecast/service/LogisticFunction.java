package fr.essor.forecast.service;

import fr.essor.forecast.domain.AdoptionCurve;
import org.apache.commons.math3.analysis.ParametricUnivariateFunction;

/** The logistic curve c / (1 + e^(-k (t - t0))) and its gradient, as Commons Math's fitters want them. */
final class LogisticFunction implements ParametricUnivariateFunction {

    @Override
    public double value(double t, double... p) {
        return curve(p).rateAt(t);
    }

    @Override
    public double[] gradient(double t, double... p) {
        double c = p[0];
        double k = p[1];
        double t0 = p[2];
        double e = Math.exp(-AdoptionCurve.clampedExponent(k * (t - t0)));
        double d = 1 + e;
        return new double[] {1 / d, c * e * (t - t0) / (d * d), -c * e * k / (d * d)};
    }

    static AdoptionCurve curve(double... p) {
        return new AdoptionCurve(p[0], p[1], p[2]);
    }
}

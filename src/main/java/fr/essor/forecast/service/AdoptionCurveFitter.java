package fr.essor.forecast.service;

import fr.essor.forecast.domain.AdoptionCurve;
import java.util.Collection;
import org.apache.commons.math3.fitting.AbstractCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoint;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.ParameterValidator;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Weighted least squares of a logistic curve on (months since launch, rate) points, solved by Commons
 * Math's Levenberg–Marquardt optimiser (the default of {@link AbstractCurveFitter}). The parameters are
 * kept to what a rollout can be: a ceiling between 0.5 % and 100 %, a speed between 0.01 and 3 per month.
 */
final class AdoptionCurveFitter extends AbstractCurveFitter {

    static final double MAX_CEILING = 100;
    private static final int MAX_ITERATIONS = 2_000;

    private final double[] start;

    AdoptionCurveFitter(AdoptionCurve start) {
        this.start = new double[] {start.ceilingPct(), start.speedPerMonth(), start.inflectionMonth()};
    }

    AdoptionCurve fitCurve(Collection<WeightedObservedPoint> points) {
        return LogisticFunction.curve(fit(points));
    }

    @Override
    protected LeastSquaresProblem getProblem(Collection<WeightedObservedPoint> points) {
        double[] target = new double[points.size()];
        double[] weights = new double[points.size()];
        int i = 0;
        for (WeightedObservedPoint point : points) {
            target[i] = point.getY();
            weights[i] = point.getWeight();
            i++;
        }
        TheoreticalValuesFunction model = new TheoreticalValuesFunction(new LogisticFunction(), points);
        return new LeastSquaresBuilder()
                .maxEvaluations(Integer.MAX_VALUE)
                .maxIterations(MAX_ITERATIONS)
                .start(start)
                .target(target)
                .weight(new DiagonalMatrix(weights))
                .model(model.getModelFunction(), model.getModelFunctionJacobian())
                .parameterValidator(WITHIN_WHAT_A_ROLLOUT_CAN_BE)
                .build();
    }

    private static final ParameterValidator WITHIN_WHAT_A_ROLLOUT_CAN_BE = (RealVector p) -> new ArrayRealVector(new double[] {
            Math.max(0.5, Math.min(MAX_CEILING, p.getEntry(0))),
            Math.max(0.01, Math.min(3, p.getEntry(1))),
            Math.max(-120, Math.min(600, p.getEntry(2)))});
}

package fr.essor.forecast.service;

import fr.essor.forecast.domain.AdoptionCurve;
import java.util.Collection;
import org.apache.commons.math3.fitting.AbstractCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoint;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.ParameterValidator;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

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

    /**
     * Each point's weight is folded into its row (the residual and the gradient times √weight) rather than
     * given as a weight matrix: Commons Math takes that matrix's square root and multiplies by it, n × n,
     * at every iteration, which was most of the bootstrap's time on a ten-year monthly series.
     */
    @Override
    protected LeastSquaresProblem getProblem(Collection<WeightedObservedPoint> points) {
        int n = points.size();
        double[] months = new double[n];
        double[] scales = new double[n];
        double[] target = new double[n];
        int i = 0;
        for (WeightedObservedPoint point : points) {
            months[i] = point.getX();
            scales[i] = Math.sqrt(point.getWeight());
            target[i] = scales[i] * point.getY();
            i++;
        }
        LogisticFunction logistic = new LogisticFunction();
        MultivariateJacobianFunction model = parameters -> {
            double[] p = parameters.toArray();
            double[] values = new double[n];
            double[][] jacobian = new double[n][];
            for (int row = 0; row < n; row++) {
                values[row] = scales[row] * logistic.value(months[row], p);
                double[] gradient = logistic.gradient(months[row], p);
                for (int column = 0; column < gradient.length; column++) {
                    gradient[column] *= scales[row];
                }
                jacobian[row] = gradient;
            }
            return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
        };
        return new LeastSquaresBuilder()
                .maxEvaluations(Integer.MAX_VALUE)
                .maxIterations(MAX_ITERATIONS)
                .start(start)
                .target(target)
                .model(model)
                .parameterValidator(WITHIN_WHAT_A_ROLLOUT_CAN_BE)
                .build();
    }

    private static final ParameterValidator WITHIN_WHAT_A_ROLLOUT_CAN_BE = (RealVector p) -> new ArrayRealVector(new double[] {
            Math.max(0.5, Math.min(MAX_CEILING, p.getEntry(0))),
            Math.max(0.01, Math.min(3, p.getEntry(1))),
            Math.max(-120, Math.min(600, p.getEntry(2)))});
}

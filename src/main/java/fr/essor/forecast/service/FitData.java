package fr.essor.forecast.service;

import fr.essor.forecast.domain.AdoptionCurve;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.WeightedObservedPoint;

/** The points a curve is fitted to (months since launch, rate, weight), and the fit itself. */
record FitData(List<WeightedObservedPoint> points) {

    FitData {
        points = List.copyOf(points);
    }

    /**
     * The best of a few starting curves (levelling off just above the last rate, at twice it, at 100 %):
     * Levenberg–Marquardt finds the nearest minimum, and an early, still-straight curve has several.
     */
    AdoptionCurve fit() {
        double first = points.getFirst().getX();
        double last = points.getLast().getX();
        double highest = points.stream().mapToDouble(WeightedObservedPoint::getY).max().orElse(1);
        AdoptionCurve best = null;
        double bestGap = Double.MAX_VALUE;
        for (double ceiling : new double[] {highest * 1.2 + 1, highest * 2, AdoptionCurveFitter.MAX_CEILING}) {
            AdoptionCurve start = new AdoptionCurve(Math.min(ceiling, AdoptionCurveFitter.MAX_CEILING),
                    6 / Math.max(last - first, 1), (first + last) / 2);
            try {
                AdoptionCurve fitted = new AdoptionCurveFitter(start).fitCurve(points);
                double gap = rmse(fitted);
                if (gap < bestGap) {
                    best = fitted;
                    bestGap = gap;
                }
            } catch (MathIllegalStateException notConverged) {
                // another start may converge
            }
        }
        if (best == null) {
            throw new IllegalStateException("no start converged");
        }
        return best;
    }

    /** Weighted root mean square of the gaps between the curve and the points, in percentage points. */
    double rmse(AdoptionCurve curve) {
        double squares = 0;
        double weights = 0;
        for (WeightedObservedPoint point : points) {
            double gap = point.getY() - curve.rateAt(point.getX());
            squares += point.getWeight() * gap * gap;
            weights += point.getWeight();
        }
        return Math.sqrt(squares / weights);
    }

    /** The same months and weights with other rates: one bootstrap replicate. */
    FitData withRates(double[] rates) {
        List<WeightedObservedPoint> moved = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            WeightedObservedPoint point = points.get(i);
            moved.add(new WeightedObservedPoint(point.getWeight(), point.getX(), rates[i]));
        }
        return new FitData(moved);
    }

    int size() {
        return points.size();
    }
}

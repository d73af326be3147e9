package fr.essor.activation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Largest-Triangle-Three-Buckets: keeps the points that carry a curve's shape, so a long daily series
 * fits the browser's budget without flattening its peaks. Keeps the first and last points.
 */
final class Downsampler {

    private Downsampler() {
    }

    static <T> List<T> largestTriangleThreeBuckets(List<T> points, int threshold, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        if (threshold >= points.size() || threshold < 3) {
            return points;
        }
        List<T> kept = new ArrayList<>(threshold);
        double bucketSize = (double) (points.size() - 2) / (threshold - 2);
        int previous = 0;
        kept.add(points.getFirst());
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int start = (int) Math.floor(bucket * bucketSize) + 1;
            int end = Math.min((int) Math.floor((bucket + 1) * bucketSize) + 1, points.size() - 1);
            int nextEnd = Math.min((int) Math.floor((bucket + 2) * bucketSize) + 1, points.size());
            double averageX = 0;
            double averageY = 0;
            for (int i = end; i < nextEnd; i++) {
                averageX += x.applyAsDouble(points.get(i));
                averageY += y.applyAsDouble(points.get(i));
            }
            int count = Math.max(1, nextEnd - end);
            averageX /= count;
            averageY /= count;
            double ax = x.applyAsDouble(points.get(previous));
            double ay = y.applyAsDouble(points.get(previous));
            double largest = -1;
            int chosen = start;
            for (int i = start; i < end; i++) {
                double area = Math.abs((ax - averageX) * (y.applyAsDouble(points.get(i)) - ay)
                        - (ax - x.applyAsDouble(points.get(i))) * (averageY - ay));
                if (area > largest) {
                    largest = area;
                    chosen = i;
                }
            }
            kept.add(points.get(chosen));
            previous = chosen;
        }
        kept.add(points.getLast());
        return kept;
    }
}

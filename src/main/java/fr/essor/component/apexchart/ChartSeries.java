package fr.essor.component.apexchart;

import java.util.List;

public record ChartSeries(String name, List<ChartPoint> points, SeriesStyle style) {

    public ChartSeries {
        points = List.copyOf(points);
    }

    public ChartSeries(String name, List<ChartPoint> points) {
        this(name, points, SeriesStyle.LINE);
    }
}

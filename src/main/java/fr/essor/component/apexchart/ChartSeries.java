package fr.essor.component.apexchart;

import java.util.List;

public record ChartSeries(String name, List<ChartPoint> points) {

    public ChartSeries {
        points = List.copyOf(points);
    }
}

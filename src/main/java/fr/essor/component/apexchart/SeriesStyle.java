package fr.essor.component.apexchart;

/**
 * How a series is drawn: a line in the chart's own dash of its index (compared curves differ by dash and
 * shape), a dashed line (a projection), or a shaded band between each point's y and yHigh.
 */
public enum SeriesStyle {
    LINE, DASHED, BAND
}

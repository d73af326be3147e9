package fr.essor.component.apexchart;

/** A vertical line at a date, with a short label on the chart and a longer text shown on hover. */
public record XMarker(long x, String label, String detail, String color, boolean dashed) {
}

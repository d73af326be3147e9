package fr.essor.component.apexchart;

/** A horizontal line at a value, such as a target. */
public record YMarker(double y, String label, String color) {
}

package fr.essor.component.apexchart;

/** How the y-axis writes its values, in the chart's locale. */
public enum ValueFormat {
    PERCENT, INTEGER
}

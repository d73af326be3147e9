package fr.essor.component.apexchart;

/** What the x-axis counts: calendar dates (x in epoch milliseconds) or plain numbers (such as months). */
public enum XAxisKind {
    DATETIME, NUMBER
}

package fr.essor.activation.service;

/** How measurements are grouped on a chart: each one, or the last one of each month or quarter. */
public enum Bucketing {
    EACH_MEASUREMENT(0), MONTH(1), QUARTER(3);

    private final int months;

    Bucketing(int months) {
        this.months = months;
    }

    int months() {
        return months;
    }
}

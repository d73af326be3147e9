package fr.essor.comparison.ui;

import java.util.List;

/**
 * A months-since-launch axis on whole months: a step of 1, 3, 6 or 12 months (whole years past twelve
 * years), bounds on multiples of the step, so every tick is a whole month and every point sits on its
 * month. It starts at month 0 (each launch), earlier only to show an event logged before a launch.
 */
record MonthAxis(int min, int max, int step) {

    static final List<Integer> STEPS = List.of(1, 3, 6, 12);
    /** Beyond about a dozen ticks the labels crowd each other on a page-wide chart. */
    static final int MOST_TICKS = 12;

    /** The axis showing months {@code first} to {@code last}, with a month to spare after the last. */
    static MonthAxis spanning(int first, int last) {
        int from = Math.min(0, first);
        int to = Math.max(last + 1, from + 1);
        int range = to - from;
        int step = STEPS.stream().filter(candidate -> range <= candidate * MOST_TICKS).findFirst()
                .orElse(12 * Math.ceilDiv(range, 12 * MOST_TICKS));
        return new MonthAxis(Math.floorDiv(from, step) * step, Math.ceilDiv(to, step) * step, step);
    }

    int tickAmount() {
        return (max - min) / step;
    }
}

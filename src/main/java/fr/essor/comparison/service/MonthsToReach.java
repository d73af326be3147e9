package fr.essor.comparison.service;

/**
 * Months from launch to the first measurement at or above a threshold. {@code atMost} when that
 * measurement is the first one logged or its date is approximate: the threshold may have been crossed
 * earlier, so the figure is an upper bound ("≤ 19 months"), never a made-up exact month.
 */
public record MonthsToReach(int months, boolean atMost) {
}

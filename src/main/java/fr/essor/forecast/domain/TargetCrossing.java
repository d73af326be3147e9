package fr.essor.forecast.domain;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * When the target is reached at this pace: around one month, between an earliest and a latest one.
 *
 * @param latest null when a part of the plausible curves levels off below the target: no latest month then
 */
public record TargetCrossing(YearMonth around, YearMonth earliest, @Nullable YearMonth latest) {
}

package fr.essor.activation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The straight path from 0 % at launch to the target rate at the target date: where a rollout should
 * stand on a given day if it is to meet its target. Past the target date the path stays at the target.
 */
public final class TargetPath {

    private TargetPath() {
    }

    public static Optional<BigDecimal> expectedAt(@Nullable LocalDate launch, @Nullable LocalDate targetDate,
                                                  @Nullable Integer targetPct, LocalDate day) {
        if (launch == null || targetDate == null || targetPct == null || !targetDate.isAfter(launch)) {
            return Optional.empty();
        }
        if (!day.isBefore(targetDate)) {
            return Optional.of(BigDecimal.valueOf(targetPct).setScale(1, RoundingMode.HALF_UP));
        }
        if (!day.isAfter(launch)) {
            return Optional.of(BigDecimal.ZERO.setScale(1, RoundingMode.HALF_UP));
        }
        long elapsed = ChronoUnit.DAYS.between(launch, day);
        long total = ChronoUnit.DAYS.between(launch, targetDate);
        return Optional.of(BigDecimal.valueOf(targetPct).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
    }
}

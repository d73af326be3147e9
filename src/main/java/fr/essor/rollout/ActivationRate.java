package fr.essor.rollout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Active users divided by headcount, in percent with one decimal. Essor counts against headcount,
 * not licences, so that rollouts of different platforms compare fairly.
 */
public record ActivationRate(BigDecimal percent) {

    /** Empty when there is no active-user count or no headcount to divide by. */
    public static Optional<ActivationRate> of(@Nullable Integer activeUsers, @Nullable Integer headcount) {
        if (activeUsers == null || headcount == null || headcount <= 0) {
            return Optional.empty();
        }
        BigDecimal percent = BigDecimal.valueOf(activeUsers)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(headcount), 1, RoundingMode.HALF_UP);
        return Optional.of(new ActivationRate(percent));
    }
}

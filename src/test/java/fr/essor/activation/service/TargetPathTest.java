package fr.essor.activation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetPathTest {

    private static final LocalDate LAUNCH = LocalDate.of(2025, 11, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2027, 6, 30);

    @Test
    void the_path_rises_straight_from_launch_to_the_target() {
        assertThat(TargetPath.expectedAt(LAUNCH, TARGET_DATE, 80, LAUNCH)).contains(new java.math.BigDecimal("0.0"));
        // 364 of 606 days: 80 % × 364 / 606 = 48.1 %
        assertThat(TargetPath.expectedAt(LAUNCH, TARGET_DATE, 80, LocalDate.of(2026, 10, 31))).contains(new java.math.BigDecimal("48.1"));
        assertThat(TargetPath.expectedAt(LAUNCH, TARGET_DATE, 80, LocalDate.of(2028, 1, 1))).contains(new java.math.BigDecimal("80.0"));
    }

    @Test
    void without_a_launch_a_target_or_a_target_date_there_is_no_path() {
        assertThat(TargetPath.expectedAt(null, TARGET_DATE, 80, LAUNCH)).isEmpty();
        assertThat(TargetPath.expectedAt(LAUNCH, null, 80, LAUNCH)).isEmpty();
        assertThat(TargetPath.expectedAt(LAUNCH, TARGET_DATE, null, LAUNCH)).isEmpty();
    }
}

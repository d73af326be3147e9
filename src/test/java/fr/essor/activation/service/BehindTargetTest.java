package fr.essor.activation.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.PartialDate;
import fr.essor.forecast.domain.AdoptionCurve;
import fr.essor.forecast.domain.Projection;
import fr.essor.forecast.domain.TargetCrossing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's "behind the target" list: by the projection when there is one, else by the straight path. */
class BehindTargetTest {

    private static final PartialDate LAUNCH = PartialDate.ofMonth(2025, 11);
    private static final LocalDate TARGET_DATE = LocalDate.of(2027, 6, 30);
    private static final SeriesPoint LATEST = new SeriesPoint(PartialDate.ofDay(LocalDate.of(2026, 10, 31)), 5650,
            new BigDecimal("47.1"), null);
    private static final ActivationSeries MONTHLY = new ActivationSeries("Rollout", 12_000, null, LAUNCH, 80, TARGET_DATE,
            Bucketing.MONTH, List.of(LATEST), List.of(), List.of());

    private static Projection.Drawn reaching(YearMonth around) {
        return new Projection.Drawn(new AdoptionCurve(95, 0.3, 8), 0, LAUNCH.start(), 1, List.of(), 80, null, false,
                new TargetCrossing(around, around.minusMonths(2), around.plusMonths(2)), 0, null);
    }

    @Test
    void without_a_projection_the_straight_path_decides() {
        var behind = DashboardService.behindTarget(MONTHLY, LATEST, new Projection.NotEnoughHistory(2, 1, 0));

        assertThat(behind).isNotNull();
        assertThat(behind.expectedPct()).isEqualByComparingTo("48.1");
        assertThat(behind.projection()).isNull();
    }

    @Test
    void a_projection_reaching_the_target_by_its_date_is_not_behind_even_below_the_straight_path() {
        assertThat(DashboardService.behindTarget(MONTHLY, LATEST, reaching(YearMonth.of(2027, 5)))).isNull();
    }

    @Test
    void a_projection_reaching_the_target_after_its_date_or_levelling_off_below_it_is_behind() {
        assertThat(DashboardService.behindTarget(MONTHLY, LATEST, reaching(YearMonth.of(2027, 9))).projection()).isNotNull();
        var levelling = new Projection.Drawn(new AdoptionCurve(52, 0.3, 8), 0, LAUNCH.start(), 1, List.of(), 80, null, false, null, 0, null);
        assertThat(DashboardService.behindTarget(MONTHLY, LATEST, levelling).projection()).isSameAs(levelling);
    }

    @Test
    void levelling_off_below_the_target_is_behind_even_without_a_target_date() {
        var undated = new ActivationSeries("Rollout", 12_000, null, LAUNCH, 80, null, Bucketing.MONTH, List.of(LATEST), List.of(), List.of());
        var levelling = new Projection.Drawn(new AdoptionCurve(52, 0.3, 8), 0, LAUNCH.start(), 1, List.of(), 80, null, false, null, 0, null);

        assertThat(DashboardService.behindTarget(undated, LATEST, levelling).projection()).isSameAs(levelling);
        assertThat(DashboardService.behindTarget(undated, LATEST, reaching(YearMonth.of(2030, 1)))).isNull();
    }
}

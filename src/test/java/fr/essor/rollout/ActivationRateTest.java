package fr.essor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The reference cases' own published figures. */
class ActivationRateTest {

    private static BigDecimal percent(Integer active, Integer headcount) {
        return ActivationRate.of(active, headcount).orElseThrow().percent();
    }

    @Test
    void orange_had_19_point_4_percent_of_its_employees_active() {
        assertThat(percent(33_000, 170_000)).isEqualByComparingTo("19.4");
    }

    @Test
    void air_france_klm_cargo_had_24_point_6_percent() {
        assertThat(percent(1_230, 5_000)).isEqualByComparingTo("24.6");
    }

    @Test
    void carlson_wagonlit_travel_had_half_of_its_staff() {
        assertThat(percent(9_500, 19_000)).isEqualByComparingTo("50.0");
    }

    @Test
    void no_rate_is_invented_without_an_active_user_count_or_a_headcount() {
        assertThat(ActivationRate.of(null, 70_000)).isEmpty();
        assertThat(ActivationRate.of(100, null)).isEmpty();
        assertThat(ActivationRate.of(100, 0)).isEmpty();
    }
}

package fr.essor.comparison.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthsToReachTest {

    private static MonthsToReach exactly(int months) {
        return new MonthsToReach(months, false);
    }

    private static MonthsToReach atMost(int months) {
        return new MonthsToReach(months, true);
    }

    @Test
    void of_two_exact_figures_the_fewer_months_is_best_and_a_tie_ranks_both() {
        assertThat(MonthsToReach.certainlyFewest(Map.of(1L, exactly(4), 2L, exactly(9)))).containsExactly(1L);
        assertThat(MonthsToReach.certainlyFewest(Map.of(1L, exactly(4), 2L, exactly(4), 3L, exactly(6))))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void an_upper_bound_is_ranked_only_where_it_is_certain() {
        // "≤ 17 months" may hide 5 months: neither it nor an exact 10 is certainly first.
        assertThat(MonthsToReach.certainlyFewest(Map.of(1L, exactly(10), 2L, atMost(17)))).isEmpty();
        // "≤ 3 months" is certainly fewer than exactly 10, whatever it hides.
        assertThat(MonthsToReach.certainlyFewest(Map.of(1L, exactly(10), 2L, atMost(3)))).containsExactly(2L);
        assertThat(MonthsToReach.certainlyFewest(Map.of(1L, atMost(24), 2L, atMost(18), 3L, atMost(17)))).isEmpty();
    }

    @Test
    void a_single_figure_is_best_of_nothing() {
        assertThat(MonthsToReach.certainlyFewest(Map.of(1L, exactly(3)))).isEmpty();
    }
}

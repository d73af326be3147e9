package fr.essor.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthAxisTest {

    @Test
    void a_first_year_is_drawn_month_by_month_from_the_launch() {
        // A launch, events at months 5 and 9, a measurement at month 10.
        MonthAxis axis = MonthAxis.spanning(0, 10);

        assertThat(axis).isEqualTo(new MonthAxis(0, 11, 1));
        assertThat(axis.tickAmount()).isEqualTo(11);
    }

    @Test
    void longer_rollouts_step_by_a_quarter_a_half_year_or_a_year_on_bounds_that_are_whole_steps() {
        assertThat(MonthAxis.spanning(0, 19)).isEqualTo(new MonthAxis(0, 21, 3));
        assertThat(MonthAxis.spanning(0, 40)).isEqualTo(new MonthAxis(0, 42, 6));
        assertThat(MonthAxis.spanning(0, 100)).isEqualTo(new MonthAxis(0, 108, 12));
        assertThat(MonthAxis.spanning(0, 200)).isEqualTo(new MonthAxis(0, 216, 24));
    }

    @Test
    void the_axis_starts_at_the_launch_and_earlier_only_for_an_event_before_it() {
        assertThat(MonthAxis.spanning(4, 10).min()).isZero();
        // A pilot two months before the launch, on a quarterly axis, widens it to month -3.
        MonthAxis axis = MonthAxis.spanning(-2, 19);
        assertThat(axis).isEqualTo(new MonthAxis(-3, 21, 3));
        assertThat(axis.tickAmount()).isEqualTo(8);
    }
}

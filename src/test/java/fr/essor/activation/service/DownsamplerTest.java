package fr.essor.activation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DownsamplerTest {

    private record P(double x, double y) {
    }

    @Test
    void a_long_series_is_cut_to_the_budget_keeping_both_ends_and_its_peak() {
        List<P> daily = IntStream.range(0, 10_000).mapToObj(i -> new P(i, i == 6_543 ? 900 : Math.sin(i / 50.0))).toList();

        List<P> kept = Downsampler.largestTriangleThreeBuckets(daily, 1000, P::x, P::y);

        assertThat(kept).hasSize(1000);
        assertThat(kept.getFirst()).isEqualTo(daily.getFirst());
        assertThat(kept.getLast()).isEqualTo(daily.getLast());
        assertThat(kept).contains(new P(6_543, 900));
        assertThat(kept).isSortedAccordingTo((a, b) -> Double.compare(a.x(), b.x()));
    }

    @Test
    void a_series_within_the_budget_is_left_whole() {
        List<P> few = List.of(new P(1, 1), new P(2, 5), new P(3, 2));

        assertThat(Downsampler.largestTriangleThreeBuckets(few, 1000, P::x, P::y)).isSameAs(few);
    }
}

package fr.essor.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareAddressTest {

    @Test
    void a_bookmarked_address_gives_back_the_deployments_and_the_calendar_axis() {
        CompareAddress address = CompareAddress.of(QueryParameters.fromString("ids=3,1,x,3,999&axis=calendar"));

        assertThat(address).isEqualTo(new CompareAddress(List.of(3L, 1L, 999L), true, List.of("x"), List.of()));
        assertThat(address.location()).isEqualTo("compare?ids=1,3,999&axis=calendar");
    }

    @Test
    void months_since_launch_is_the_axis_unless_the_address_says_calendar() {
        assertThat(CompareAddress.of(QueryParameters.fromString("ids=1,2")).calendar()).isFalse();
        assertThat(new CompareAddress(List.of(2L, 1L), false).location()).isEqualTo("compare?ids=1,2");
        assertThat(new CompareAddress(List.of(), false).location()).isEqualTo("compare");
    }

    @Test
    void past_six_ids_the_rest_is_kept_apart_so_the_page_can_say_it_left_them_out() {
        CompareAddress address = CompareAddress.of(QueryParameters.fromString("ids=1,2,3,4,5,6,7,8,2"));

        assertThat(address.ids()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(address.beyondLimit()).containsExactly(7L, 8L);
    }
}

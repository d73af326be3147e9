package fr.essor.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareAddressTest {

    @Test
    void a_bookmarked_address_gives_back_the_deployments_and_the_calendar_axis() {
        CompareAddress address = CompareAddress.of(QueryParameters.fromString("ids=3,1,x,3,999&axis=calendar"));

        assertThat(address).isEqualTo(new CompareAddress(List.of(3L, 1L, 999L), true));
        assertThat(address.location()).isEqualTo("compare?ids=1,3,999&axis=calendar");
    }

    @Test
    void months_since_launch_is_the_axis_unless_the_address_says_calendar() {
        assertThat(CompareAddress.of(QueryParameters.fromString("ids=1,2")).calendar()).isFalse();
        assertThat(new CompareAddress(List.of(2L, 1L), false).location()).isEqualTo("compare?ids=1,2");
        assertThat(new CompareAddress(List.of(), false).location()).isEqualTo("compare");
    }
}

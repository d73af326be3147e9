package fr.essor.comparison.service;

import fr.essor.TestDeployments;
import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
class CaseComparisonServiceTest {

    @Autowired
    CaseComparisonService service;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    MarketBenchmarks market;

    private long idOf(String organisation) {
        return testDeployments.idOf(organisation);
    }

    @Test
    void the_reference_cases_align_on_months_since_their_launch() {
        List<ComparedDeployment> compared = service.compare(List.of(idOf("Orange"), idOf("Air France-KLM Cargo"),
                idOf("Carlson Wagonlit Travel")));

        // The 2012 counts sit mid-2012: Orange launched December 2010, the Cargo June 2011, CWT July 2011.
        assertThat(compared).extracting(d -> d.aligned().getFirst().monthsSinceLaunch()).containsExactly(19, 13, 12);
        assertThat(compared).extracting(d -> d.latest().ratePct().toPlainString()).containsExactly("19.4", "24.6", "50.0");
        // One count each, dated "2012": it proves the threshold was reached by the end of 2012, perhaps earlier.
        // Orange: December 2010 → December 2012 = 24; the Cargo: June 2011 → 18; CWT: July 2011 → 17.
        assertThat(compared).extracting(ComparedDeployment::monthsTo10)
                .containsExactly(new MonthsToReach(24, true), new MonthsToReach(18, true), new MonthsToReach(17, true));
        assertThat(compared).extracting(ComparedDeployment::monthsTo25)
                .containsExactly(null, null, new MonthsToReach(17, true));
    }

    @Test
    void a_deployment_without_a_launch_date_is_compared_but_not_aligned() {
        ComparedDeployment alcatel = service.compare(List.of(idOf("Alcatel-Lucent"))).getFirst();

        assertThat(alcatel.launchKnown()).isFalse();
        assertThat(alcatel.aligned()).isEmpty();
        assertThat(alcatel.monthsTo10()).isNull();
    }

    @Test
    void governance_steps_are_placed_in_months_since_launch_and_thresholds_crossed_between_two_points_are_exact() {
        ComparedDeployment demo = service.compare(List.of(idOf("Groupe Démo"))).getFirst();

        assertThat(demo.governance().get(EventKind.PILOT).monthsSinceLaunch()).isEqualTo(-2);
        assertThat(demo.governance().get(EventKind.USAGE_CHARTER).monthsSinceLaunch()).isEqualTo(2);
        assertThat(demo.governance()).doesNotContainKey(EventKind.ROI_REVIEW);
        // 9.6 % at the end of December (month 1), 14.8 % at the end of January (month 2).
        assertThat(demo.monthsTo10()).isEqualTo(new MonthsToReach(2, false));
        assertThat(demo.monthsTo25()).isEqualTo(new MonthsToReach(5, false));
    }

    @Test
    void a_step_known_only_to_the_year_is_at_the_month_its_event_is_drawn_in_the_table_as_on_the_chart() {
        var rollout = testDeployments.launched(TestDeployments.uniqueName("Charte"), 1000, PartialDate.ofMonth(2020, 6));
        testDeployments.event(rollout, PartialDate.ofYear(2021), EventKind.USAGE_CHARTER, "Charte d’usage");

        ComparedDeployment compared = service.compare(List.of(rollout.getId())).getFirst();

        // "2021" is drawn mid-2021, 13 months after June 2020; counted from its first day it read 7.
        assertThat(compared.events()).extracting(AlignedEvent::monthsSinceLaunch).containsExactly(13);
        assertThat(compared.governance().get(EventKind.USAGE_CHARTER).monthsSinceLaunch()).isEqualTo(13);
    }

    @Test
    void market_figures_keep_their_survey_year_and_source() {
        assertThat(market.all()).hasSize(15);
        assertThat(market.forGovernanceStep(EventKind.USAGE_CHARTER)).hasValueSatisfying(figure -> {
            assertThat(figure.valuePct()).isEqualByComparingTo("30");
            assertThat(figure.year()).isEqualTo(2017);
            assertThat(figure.source()).isEqualTo("Réseaux sociaux d'entreprise : le tiercé Facebook-Twitter-LinkedIn");
        });
        assertThat(market.forPlatform(fr.essor.rollout.Platform.JIVE)).hasValueSatisfying(figure ->
                assertThat(figure.source()).isEqualTo("Réseaux sociaux internes : les entreprises en retrait (20 March 2012)"));
    }
}

package fr.essor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Who may change a deployment is read at each check, never kept between sessions (decision record 0009). */
class MembershipsTest extends KaribuTest {

    @Autowired
    TestDeployments testDeployments;
    @Autowired
    MilestoneService milestones;
    @Autowired
    JdbcClient sql;

    @Test
    void a_membership_taken_away_through_another_essor_stops_working_here_at_once() {
        signInAs("lead");
        Deployment leads = testDeployments.create(1_000, null); // its creator becomes a member
        assertThat(milestones.mayLog(leads.getId())).isTrue();

        // Written outside this Essor's transactions, as another Essor on the same database would: nothing here
        // has committed since.
        sql.sql("delete from deployment_member where deployment_id = ?").param(leads.getId()).update();

        assertThat(milestones.mayLog(leads.getId())).isFalse();
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofMonth(2024, 4));
        measurement.setActiveUsers(250);
        assertThatThrownBy(() -> milestones.saveMeasurement(leads.getId(), measurement, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_deployment_made_a_reference_case_through_another_essor_is_closed_to_its_lead_at_once() {
        signInAs("lead");
        Deployment leads = testDeployments.create(1_000, null);
        assertThat(milestones.mayLog(leads.getId())).isTrue();

        sql.sql("update deployment set reference_case = true, version = version + 1 where id = ?").param(leads.getId()).update();

        assertThat(milestones.mayLog(leads.getId())).isFalse();
    }
}

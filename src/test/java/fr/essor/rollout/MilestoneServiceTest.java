package fr.essor.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.essor.SecondSession;
import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.dao.OptimisticLockingFailureException;

/** Saves that meet someone else's: each ends in the rule it breaks or a reload offer, never an error. */
@SpringBootTest
@WithUserDetails("admin")
class MilestoneServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 17);

    @Autowired
    MilestoneService milestones;
    @Autowired
    DeploymentService deployments;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    SecondSession otherPerson;

    private static Measurement measurement(@Nullable String countryCode, int activeUsers) {
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofDay(DAY));
        measurement.setCountryCode(countryCode);
        measurement.setActiveUsers(activeUsers);
        return measurement;
    }

    @Test
    void two_people_logging_the_same_date_at_once_the_second_is_told_the_date_is_taken() throws Exception {
        long id = testDeployments.create(5_000, null).getId();
        CompletableFuture<Void> first = otherPerson.saveCommittingLater(() -> milestones.saveMeasurement(id, measurement(null, 100), null));

        assertThatThrownBy(() -> milestones.saveMeasurement(id, measurement(null, 120), null))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactly(tuple("date", "measurement.date.taken")));
        first.join();
        assertThat(milestones.timeline(id)).singleElement()
                .satisfies(entry -> assertThat(((Measurement) entry.milestone()).getActiveUsers()).isEqualTo(100));
    }

    @Test
    void a_country_figure_may_share_its_day_with_the_whole_network_but_not_with_the_same_country() {
        long id = testDeployments.create(5_000, null).getId();
        milestones.saveMeasurement(id, measurement(null, 900), null);

        milestones.saveMeasurement(id, measurement("FR", 400), null);

        assertThatThrownBy(() -> milestones.saveMeasurement(id, measurement("FR", 410), null))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::messageKey).containsExactly("measurement.date.taken"));
    }

    @Test
    void a_measurement_saved_to_a_deployment_removed_meanwhile_is_a_stale_edit() {
        Deployment removed = testDeployments.create(5_000, null);
        deployments.delete(removed);

        assertThatThrownBy(() -> milestones.saveMeasurement(removed.getId(), measurement(null, 100), null))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void editing_a_measurement_removed_meanwhile_is_a_stale_edit_and_brings_nothing_back() {
        long id = testDeployments.create(5_000, null).getId();
        Measurement saved = milestones.saveMeasurement(id, measurement(null, 100), null);
        Measurement editedCopy = milestones.measurement(saved.getId()).orElseThrow();
        milestones.deleteMeasurement(milestones.measurement(saved.getId()).orElseThrow());
        editedCopy.setActiveUsers(150);

        assertThatThrownBy(() -> milestones.saveMeasurement(id, editedCopy, null)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(milestones.timeline(id)).isEmpty();
    }

    @Test
    void a_headcount_lowered_while_someone_logs_more_active_users_leaves_the_measurement_refused() throws Exception {
        long id = testDeployments.create(1_000, null).getId();
        CompletableFuture<Void> lowered = otherPerson.saveCommittingLater(() -> {
            Deployment theirs = deployments.find(id).orElseThrow();
            theirs.setHeadcount(100);
            deployments.save(theirs);
        });

        assertThatThrownBy(() -> milestones.saveMeasurement(id, measurement(null, 500), null))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::messageKey).containsExactly("measurement.activeUsers.aboveHeadcount"));
        lowered.join();
        assertThat(milestones.timeline(id)).isEmpty();
    }

    @Test
    void more_active_users_logged_while_someone_lowers_the_headcount_leaves_the_headcount_refused() throws Exception {
        long id = testDeployments.create(1_000, null).getId();
        CompletableFuture<Void> logged = otherPerson.saveCommittingLater(() -> milestones.saveMeasurement(id, measurement(null, 500), null));
        Deployment mine = deployments.find(id).orElseThrow();
        mine.setHeadcount(100);

        assertThatThrownBy(() -> deployments.save(mine))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::messageKey).containsExactly("deployment.headcount.belowMeasured"));
        logged.join();
        assertThat(deployments.find(id).orElseThrow().getHeadcount()).isEqualTo(1_000);
    }
}

package fr.essor.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.essor.SecondSession;
import fr.essor.TestDeployments;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.dao.OptimisticLockingFailureException;

/** Deployments saved at the same moment by two people: one wins, the other reads why it did not. */
@SpringBootTest
@WithUserDetails("admin")
class DeploymentServiceTest {

    @Autowired
    DeploymentService deployments;
    @Autowired
    SecondSession otherPerson;

    private static Deployment named(String organisation) {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(organisation);
        deployment.setHeadcount(2_000);
        return deployment;
    }

    @Test
    void two_people_creating_the_same_organisation_at_once_the_second_is_told_it_exists() throws Exception {
        String name = TestDeployments.uniqueName("Race");
        CompletableFuture<Void> first = otherPerson.saveCommittingLater(() -> deployments.save(named(name)));

        assertThatThrownBy(() -> deployments.save(named(name)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("organisation", "deployment.organisation.taken")));
        first.join();
        assertThat(deployments.summaries()).filteredOn(summary -> summary.organisation().equals(name)).hasSize(1);
    }

    @Test
    void editing_a_deployment_removed_meanwhile_is_a_stale_edit_and_brings_nothing_back() {
        Deployment saved = deployments.save(named(TestDeployments.uniqueName("Gone")));
        Deployment editedCopy = deployments.find(saved.getId()).orElseThrow();
        deployments.delete(deployments.find(saved.getId()).orElseThrow());
        editedCopy.setHeadcount(3_000);

        assertThatThrownBy(() -> deployments.save(editedCopy)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(deployments.find(saved.getId())).isEmpty();
    }
}

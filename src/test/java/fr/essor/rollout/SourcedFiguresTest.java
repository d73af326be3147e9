package fr.essor.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.SourcedFigures;
import fr.essor.base.domain.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A published figure stays tied to the page that published it: changing it under the old source's name
 * is refused with a message on the source field; with a new source, or changing only the notes, it saves.
 */
@SpringBootTest
@WithUserDetails("admin")
class SourcedFiguresTest {

    private static final String ARTICLE = "Les Echos, 12 mars 2012";

    @Autowired
    DeploymentService deployments;
    @Autowired
    MilestoneService milestones;

    private Deployment sourcedDeployment() {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(TestDeployments.uniqueName("Sourced"));
        deployment.setHeadcount(19_000);
        deployment.setSource(ARTICLE);
        return deployments.save(deployment);
    }

    @Test
    void a_sourced_headcount_changed_under_the_same_source_asks_for_the_new_source() {
        Deployment edited = deployments.find(sourcedDeployment().getId()).orElseThrow();
        edited.setHeadcount(20_000);

        assertThatThrownBy(() -> deployments.save(edited))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("source", SourcedFigures.NEW_SOURCE_NEEDED)));
        assertThat(deployments.find(edited.getId()).orElseThrow().getHeadcount()).isEqualTo(19_000);
    }

    @Test
    void clearing_the_source_while_changing_a_figure_is_refused_too() {
        Deployment edited = deployments.find(sourcedDeployment().getId()).orElseThrow();
        edited.setHeadcount(20_000);
        edited.setSource("  ");

        assertThatThrownBy(() -> deployments.save(edited)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_sourced_figure_changed_with_its_new_source_is_saved_and_notes_change_freely() {
        Deployment edited = deployments.find(sourcedDeployment().getId()).orElseThrow();
        edited.setNotes("Chiffre confirmé par la DRH");
        Deployment notesOnly = deployments.save(edited);

        notesOnly.setHeadcount(20_000);
        notesOnly.setSource("Rapport annuel 2013, p. 4");
        deployments.save(notesOnly);

        Deployment stored = deployments.find(edited.getId()).orElseThrow();
        assertThat(stored.getHeadcount()).isEqualTo(20_000);
        assertThat(stored.getSource()).isEqualTo("Rapport annuel 2013, p. 4");
    }

    @Test
    void a_sourced_measurement_changed_under_the_same_source_asks_for_the_new_source() {
        long deploymentId = sourcedDeployment().getId();
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofYear(2012));
        measurement.setActiveUsers(9_500);
        measurement.setSource(ARTICLE);
        Measurement saved = milestones.saveMeasurement(deploymentId, measurement, null);

        saved.setActiveUsers(9_800);
        assertThatThrownBy(() -> milestones.saveMeasurement(deploymentId, saved, null))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field).containsExactly("source"));

        saved.setSource("Intranet, tableau de bord du " + LocalDate.of(2012, 12, 31));
        assertThat(milestones.saveMeasurement(deploymentId, saved, null).getActiveUsers()).isEqualTo(9_800);
    }
}

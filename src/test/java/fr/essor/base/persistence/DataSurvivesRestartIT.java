package fr.essor.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.HeadlessEssor;
import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.TimelineEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** What a lead saves is still there after Essor restarts on the same H2 file. */
class DataSurvivesRestartIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return HeadlessEssor.start(HeadlessEssor.h2UrlArgument(dataDir));
    }

    @Test
    void a_deployment_and_its_milestones_survive_a_restart() {
        String name = TestDeployments.uniqueName("Persistent");
        long id;
        try (ConfigurableApplicationContext first = start()) {
            Deployment deployment = new Deployment();
            deployment.setOrganisation(name);
            deployment.setHeadcount(19_000);
            deployment.setLaunch(PartialDate.ofMonth(2011, 7));
            id = first.getBean(DeploymentService.class).save(deployment).getId();
            Measurement measurement = new Measurement();
            measurement.setDate(PartialDate.ofYear(2012));
            measurement.setActiveUsers(9_500);
            first.getBean(MilestoneService.class).saveMeasurement(id, measurement, null);
        }

        assertThat(dataDir.resolve("essor.mv.db")).as("the H2 file on disk").exists();
        try (ConfigurableApplicationContext second = start()) {
            Deployment reloaded = second.getBean(DeploymentService.class).find(id).orElseThrow();
            assertThat(reloaded.getOrganisation()).isEqualTo(name);
            assertThat(reloaded.getLaunch()).isEqualTo(PartialDate.ofMonth(2011, 7));
            List<TimelineEntry> timeline = second.getBean(MilestoneService.class).timeline(id);
            assertThat(timeline).singleElement().satisfies(entry -> {
                assertThat(entry.date()).isEqualTo(PartialDate.ofYear(2012));
                assertThat(((Measurement) entry.milestone()).getActiveUsers()).isEqualTo(9_500);
            });
            // The migrations ran once: the reference cases are not loaded twice.
            assertThat(second.getBean(DeploymentService.class).summaries())
                    .filteredOn(summary -> summary.organisation().equals("Orange")).hasSize(1);
        }
    }
}

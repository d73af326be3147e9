package fr.essor;

import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Deployments made through the services, as a user would make them, each with a name no other test uses. */
@Component
public class TestDeployments {

    private final DeploymentService service;
    private final MilestoneService milestones;

    TestDeployments(DeploymentService service, MilestoneService milestones) {
        this.service = service;
        this.milestones = milestones;
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The id of a deployment shipped with Essor (a reference case or the demo), by its organisation. */
    public long idOf(String organisation) {
        return service.summaries().stream().filter(summary -> summary.organisation().equals(organisation))
                .mapToLong(DeploymentSummary::id).findFirst().orElseThrow();
    }

    public Deployment create(int headcount, Integer countriesPresent) {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(uniqueName("Acme"));
        deployment.setHeadcount(headcount);
        deployment.setCountriesPresent(countriesPresent);
        return service.save(deployment);
    }

    /** A rollout as a new user enters it: an organisation, a headcount and a launch. */
    public Deployment launched(String organisation, int headcount, PartialDate launch) {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(organisation);
        deployment.setHeadcount(headcount);
        deployment.setLaunch(launch);
        return service.save(deployment);
    }

    public Measurement measure(Deployment deployment, PartialDate on, int activeUsers) {
        Measurement measurement = new Measurement();
        measurement.setDate(on);
        measurement.setActiveUsers(activeUsers);
        return milestones.saveMeasurement(deployment.getId(), measurement, null);
    }

    public RolloutEvent event(Deployment deployment, PartialDate on, EventKind kind, String title) {
        RolloutEvent event = new RolloutEvent();
        event.setDate(on);
        event.setKind(kind);
        event.setTitle(title);
        return milestones.saveEvent(deployment.getId(), event, null);
    }
}

package fr.essor;

import fr.essor.deployment.domain.Deployment;
import fr.essor.deployment.domain.DeploymentSummary;
import fr.essor.deployment.service.DeploymentService;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Deployments made through the service, each with a name no other test uses. */
@Component
public class TestDeployments {

    private final DeploymentService service;

    TestDeployments(DeploymentService service) {
        this.service = service;
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
}

package fr.essor;

import fr.essor.deployment.domain.Deployment;
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

    public Deployment create(int headcount, Integer countriesPresent) {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(uniqueName("Acme"));
        deployment.setHeadcount(headcount);
        deployment.setCountriesPresent(countriesPresent);
        return service.save(deployment);
    }
}

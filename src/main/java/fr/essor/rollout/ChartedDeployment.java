package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a deployment's figures are charted against: the wholes they are a share of (headcount, countries present),
 * its launch and its target. A copy of the deployment's fields, so it may be shared between sessions.
 */
public record ChartedDeployment(long id, String organisation, @Nullable Integer headcount,
                                @Nullable Integer countriesPresent, @Nullable PartialDate launch,
                                @Nullable Integer targetPct, @Nullable LocalDate targetDate) {

    static ChartedDeployment of(Deployment deployment) {
        return new ChartedDeployment(deployment.getId(), deployment.getOrganisation(), deployment.getHeadcount(),
                deployment.getCountriesPresent(), deployment.getLaunch(), deployment.getTargetActivationPct(),
                deployment.getTargetDate());
    }
}

package fr.essor.rollout;

import fr.essor.base.domain.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules a deployment must keep beyond its field constraints: a unique name, and figures that stay
 * consistent with what was already measured (lowering the headcount below the active users already
 * logged would make those measurements read above 100 %).
 */
final class DeploymentRules {

    /** No enterprise social network predates this; an earlier launch is a typing error. */
    static final int EARLIEST_LAUNCH_YEAR = 1990;
    /** A launch may be planned, but not this many years ahead: year 9999 or 2301 is a typing error. */
    static final int PLANNING_YEARS = 5;

    private DeploymentRules() {
    }

    static List<Violation> check(Deployment deployment, boolean organisationTaken,
                                 @Nullable Integer maxActiveUsersMeasured, @Nullable Integer maxCountriesReachedMeasured,
                                 LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (OrganisationName.hasBidiControls(deployment.getOrganisation())) {
            found.add(Violation.of("organisation", "deployment.organisation.bidi"));
        }
        if (deployment.getLaunch() != null && deployment.getLaunch().year() < EARLIEST_LAUNCH_YEAR) {
            found.add(Violation.of("launch", "deployment.launch.tooEarly", EARLIEST_LAUNCH_YEAR));
        }
        if (deployment.getLaunch() != null && deployment.getLaunch().year() > today.getYear() + PLANNING_YEARS) {
            found.add(Violation.of("launch", "deployment.launch.tooLate", today.getYear() + PLANNING_YEARS));
        }
        if (organisationTaken) {
            found.add(organisationTaken(deployment));
        }
        Integer headcount = deployment.getHeadcount();
        if (headcount != null && maxActiveUsersMeasured != null && headcount < maxActiveUsersMeasured) {
            found.add(Violation.of("headcount", "deployment.headcount.belowMeasured", maxActiveUsersMeasured));
        }
        Integer countries = deployment.getCountriesPresent();
        if (countries != null && maxCountriesReachedMeasured != null && countries < maxCountriesReachedMeasured) {
            found.add(Violation.of("countriesPresent", "deployment.countries.belowReached", maxCountriesReachedMeasured));
        }
        return found;
    }

    static Violation organisationTaken(Deployment deployment) {
        return Violation.of("organisation", "deployment.organisation.taken", deployment.getOrganisation().strip());
    }
}

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

    private DeploymentRules() {
    }

    static List<Violation> check(Deployment deployment, boolean organisationTaken,
                                 @Nullable Integer maxActiveUsersMeasured, @Nullable Integer maxCountriesReachedMeasured,
                                 LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (OrganisationName.hasBidiControls(deployment.getOrganisation())) {
            found.add(Violation.of("organisation", "deployment.organisation.bidi"));
        }
        if (deployment.getLaunch() != null && deployment.getLaunch().year() < RolloutCalendar.EARLIEST_YEAR) {
            found.add(Violation.of("launch", "deployment.launch.tooEarly", RolloutCalendar.EARLIEST_YEAR));
        }
        // A launch may be planned, but year 9999 or 2301 is a typing error.
        int latest = today.getYear() + RolloutCalendar.PLANNING_YEARS;
        if (deployment.getLaunch() != null && deployment.getLaunch().year() > latest) {
            found.add(Violation.of("launch", "deployment.launch.tooLate", latest));
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

package fr.essor.rollout.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import fr.essor.rollout.ActivationRate;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.FactList;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentSummary;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A deployment's own figures beside the latest ones logged for it. */
class DeploymentFacts extends Composite<Div> {

    private final FactList profile = new FactList();
    private final FactList latest = new FactList();

    DeploymentFacts() {
        getContent().addClassName("essor-fact-columns");
        Div latestCard = new Div(new H2(getTranslation("deployment.latest")), latest);
        latestCard.addClassName("essor-latest");
        getContent().add(profile, latestCard);
    }

    void show(Deployment deployment, @Nullable DeploymentSummary summary) {
        Locale locale = getLocale();
        profile.clear();
        profile.add(getTranslation("deployment.platform"), DeploymentLabels.platform(this, deployment.getPlatform(), deployment.getPlatformName()))
                .add(getTranslation("deployment.launch"), deployment.getLaunch() == null
                        ? getTranslation("deployment.launch.unknown") : DisplayFormats.date(deployment.getLaunch(), locale))
                .add(getTranslation("deployment.headcount"), DisplayFormats.number(deployment.getHeadcount(), locale))
                .add(getTranslation("deployment.countriesPresent"), DisplayFormats.number(deployment.getCountriesPresent(), locale))
                .add(getTranslation("deployment.countries"), deployment.getPresentCountryCodes().stream()
                        .map(code -> DisplayFormats.country(code, locale)).sorted().collect(Collectors.joining(", ")))
                .add(getTranslation("deployment.groupPolicy"), groupPolicy(deployment))
                .add(getTranslation("deployment.target"), target(deployment))
                .add(getTranslation("deployment.source"), nonNull(deployment.getSource()))
                .add(getTranslation("deployment.notes"), nonNull(deployment.getNotes()));
        latest.clear();
        Integer active = summary == null ? null : summary.latestActiveUsers();
        latest.add(getTranslation("deployment.latestActiveUsers"), active == null
                        ? getTranslation("deployment.noMeasurement") : DisplayFormats.number(active, locale))
                .add(getTranslation("deployment.latestActivation"), ActivationRate.of(active, deployment.getHeadcount())
                        .map(rate -> DisplayFormats.percent(rate.percent(), locale)).orElse(""))
                .add(getTranslation("deployment.countriesReached"),
                        DisplayFormats.number(summary == null ? null : summary.latestCountriesReached(), locale));
    }

    private String groupPolicy(Deployment deployment) {
        String policy = DeploymentLabels.groupPolicy(this, deployment.getGroupPolicy());
        Integer pct = deployment.getProfessionalGroupsPct();
        return pct == null ? policy : getTranslation("deployment.groupPolicy.withShare", policy, pct);
    }

    private String target(Deployment deployment) {
        Integer pct = deployment.getTargetActivationPct();
        if (pct == null) {
            return "";
        }
        return deployment.getTargetDate() == null
                ? getTranslation("deployment.target.rate", pct)
                : getTranslation("deployment.target.rateBy", pct, DisplayFormats.date(deployment.getTargetDate(), getLocale()));
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}

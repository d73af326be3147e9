package fr.essor.activation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.ui.DisplayFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends KaribuTest {

    @Autowired
    TestDeployments testDeployments;
    @Autowired
    Clock clock;

    private DashboardView open() {
        UI.getCurrent().navigate(DashboardView.class);
        return _get(DashboardView.class);
    }

    /** A part of the dashboard, by its style: the headline figures, the rollouts behind their target, the cards. */
    private static Div part(String className) {
        return _get(Div.class, spec -> spec.withClasses(className));
    }

    @Test
    void the_home_page_is_the_dashboard_with_headline_figures_that_leave_the_demo_out() {
        DashboardView view = open();

        String headline = part("essor-headline").getElement().getTextRecursively();
        assertThat(headline).contains("Taux d’activation médian", "Plus forte progression (3 mois)",
                "Ces chiffres laissent de côté 1 déploiement fictif.");
        // The demo gained 9.4 points over the last three months, but a made-up rollout is no headline.
        assertThat(headline).doesNotContain("Groupe Démo", "+9,4 points d’activation");
        assertThat(view.getPageTitle()).isEqualTo("Tableau de bord · Essor");
    }

    @Test
    void the_fastest_progression_says_since_which_measurement_it_is_counted() {
        var deployment = testDeployments.create(1000, null);
        LocalDate today = LocalDate.now(clock);
        testDeployments.measure(deployment, PartialDate.ofDay(today.minusMonths(4)), 1);
        testDeployments.measure(deployment, PartialDate.ofDay(today.minusDays(3)), 999);

        UI.getCurrent().navigate("compare"); // the dashboard opened with the UI, before these measurements
        open();
        String headline = part("essor-headline").getElement().getTextRecursively();

        assertThat(headline).contains(deployment.getOrganisation(),
                "+99,8 points d’activation depuis le " + DisplayFormats.date(today.minusMonths(4), Locale.FRENCH));
    }

    @Test
    void a_deployment_behind_its_target_is_flagged_by_its_projection_when_it_has_one() {
        useLocale(Locale.ENGLISH);
        open();

        // A year of monthly measurements: the projection decides, not the straight path (which called for 48.1 %).
        assertThat(part("essor-behind").getElement().getTextRecursively())
                .contains("Groupe Démo (fictitious): at this pace the curve levels off near 49%, below the target of 80%.")
                .doesNotContain("48.1%");
    }

    @Test
    void every_deployment_has_a_card_linking_to_its_page() {
        open();

        Div cards = part("essor-trends");
        assertThat(_find(cards, Anchor.class)).extracting(Anchor::getText)
                .contains("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel", "Alcatel-Lucent", "Groupe Démo (fictif)");
        assertThat(cards.getElement().getTextRecursively()).contains("19,4\u00A0% (2012)");
    }
}

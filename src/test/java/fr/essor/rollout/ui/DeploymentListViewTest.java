package fr.essor.rollout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.rollout.DeploymentSummary;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeploymentListViewTest extends KaribuTest {

    /** The list of deployments, the one grid of its page. */
    @SuppressWarnings("unchecked")
    private static Grid<DeploymentSummary> openList() {
        UI.getCurrent().navigate(DeploymentListView.class);
        return _get(Grid.class);
    }

    private static TextField filter() {
        return _get(TextField.class, spec -> spec.withPlaceholder("Filtrer par organisation ou plateforme"));
    }

    private static List<String> organisations(Grid<DeploymentSummary> grid) {
        return GridKt._findAll(grid).stream().map(DeploymentSummary::organisation).toList();
    }

    private static List<String> row(Grid<DeploymentSummary> grid, String organisation) {
        DeploymentSummary summary = GridKt._findAll(grid).stream()
                .filter(candidate -> candidate.organisation().equals(organisation)).findFirst().orElseThrow();
        return GridKt._getFormattedRow(grid, summary);
    }

    @Test
    void the_list_shows_the_four_reference_cases_with_their_latest_figures_in_french() {
        Grid<DeploymentSummary> list = openList();

        assertThat(organisations(list))
                .contains("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel", "Alcatel-Lucent");
        assertThat(row(list, "Orange")).containsExactly(
                "Orange", "Développement interne (Plazza)", "décembre 2010", "170\u202F000", "140", "", "33\u202F000", "19,4\u00A0%");
        assertThat(row(list, "Air France-KLM Cargo")).contains("juin 2011", "5\u202F000", "111", "1\u202F230", "24,6\u00A0%");
        assertThat(row(list, "Carlson Wagonlit Travel")).contains("juillet 2011", "19\u202F000", "9\u202F500", "50,0\u00A0%");
        // Alcatel-Lucent published connected users but no active-user count: no rate is invented.
        assertThat(row(list, "Alcatel-Lucent")).containsExactly("Alcatel-Lucent", "Jive", "", "70\u202F000", "", "", "", "");
    }

    @Test
    void the_list_speaks_english_to_an_english_browser() {
        useLocale(Locale.ENGLISH);
        Grid<DeploymentSummary> list = openList();

        assertThat(list.getColumnByKey("headcount").getHeaderText()).isEqualTo("Headcount");
        assertThat(row(list, "Orange")).containsExactly(
                "Orange", "Home-grown (Plazza)", "December 2010", "170,000", "140", "", "33,000", "19.4%");
    }

    @Test
    void the_filter_keeps_the_deployments_whose_organisation_or_platform_matches() {
        Grid<DeploymentSummary> list = openList();

        _setValue(filter(), "cargo");
        assertThat(organisations(list)).containsExactly("Air France-KLM Cargo");

        _setValue(filter(), "jive");
        assertThat(organisations(list)).containsExactly("Alcatel-Lucent");

        _setValue(filter(), "");
        assertThat(organisations(list)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void every_column_can_be_sorted() {
        Grid<DeploymentSummary> list = openList();

        assertThat(list.getColumns()).allSatisfy(column -> assertThat(column.isSortable()).isTrue());
    }

    @Test
    void creating_a_deployment_opens_its_page() {
        Grid<DeploymentSummary> list = openList();
        click("Nouveau déploiement");
        String name = TestDeployments.uniqueName("Renault");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisation")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Effectif")), "120 000");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nombre de pays de présence")), "38");
        click("Enregistrer");

        DeploymentView page = _get(DeploymentView.class);
        assertThat(page.getPageTitle()).startsWith(name);
        UI.getCurrent().navigate(DeploymentListView.class);
        assertThat(row(_get(Grid.class), name)).contains(name, "120\u202F000", "38");
    }
}

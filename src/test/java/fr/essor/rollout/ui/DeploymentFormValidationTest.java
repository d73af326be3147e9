package fr.essor.rollout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.ui.PartialDateField;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each bad input gets its message next to its field, and nothing is saved. */
class DeploymentFormValidationTest extends KaribuTest {

    @Autowired
    DeploymentService service;

    private int deploymentsBefore;

    @BeforeEach
    void openCreateDialog() {
        deploymentsBefore = service.summaries().size();
        UI.getCurrent().navigate(DeploymentListView.class);
        click("Nouveau déploiement");
    }

    private static TextField organisation() {
        return _get(TextField.class, spec -> spec.withLabel("Organisation"));
    }

    private static TextField headcount() {
        return _get(TextField.class, spec -> spec.withLabel("Effectif"));
    }

    private static PartialDateField launch() {
        return _get(PartialDateField.class, spec -> spec.withLabel("Lancement"));
    }

    /** The launch's year, the first part of the date. */
    private static TextField launchYear() {
        return _get(launch(), TextField.class);
    }

    private static void fillValid() {
        _setValue(organisation(), TestDeployments.uniqueName("Valid"));
        _setValue(headcount(), "1000");
    }

    private static void assertError(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private void assertNothingSaved() {
        assertThat(service.summaries()).hasSize(deploymentsBefore);
        assertThat(_get(Dialog.class).isOpened()).as("the dialog stays open with what was typed").isTrue();
    }

    @Test
    void an_organisation_is_required() {
        _setValue(headcount(), "1000");
        click("Enregistrer");

        assertError(organisation(), "Ce champ est obligatoire.");
        assertNothingSaved();
    }

    @Test
    void an_organisation_name_of_ten_thousand_characters_is_refused() {
        fillValid();
        _setValue(organisation(), "x".repeat(10_000));
        click("Enregistrer");

        assertError(organisation(), "200 caractères au plus.");
        assertNothingSaved();
    }

    @Test
    void an_organisation_that_already_has_a_deployment_is_refused_whatever_its_case() {
        fillValid();
        _setValue(organisation(), "  oRANGE ");
        click("Enregistrer");

        assertError(organisation(), "Un déploiement existe déjà pour « oRANGE ».");
        assertNothingSaved();
    }

    @Test
    void a_look_alike_of_an_existing_name_is_refused_as_the_duplicate_it_is() {
        // Zero-width space, no-break space, full-width letters: each reads as "Air France-KLM Cargo".
        for (String lookAlike : List.of("Air France-KLM\u200B Cargo", "Air\u00A0France-KLM Cargo", "Ａｉｒ France-KLM Cargo")) {
            fillValid();
            _setValue(organisation(), lookAlike);
            click("Enregistrer");

            assertError(organisation(), "Un déploiement existe déjà pour « Air France-KLM Cargo ».");
            assertNothingSaved();
        }
    }

    @Test
    void a_name_of_invisible_characters_is_empty_and_bidi_controls_are_refused() {
        fillValid();
        _setValue(organisation(), "\u200B\u2060\u00A0");
        click("Enregistrer");
        assertError(organisation(), "Ce champ est obligatoire.");

        _setValue(organisation(), "Acme \u202Egnp.exe");
        click("Enregistrer");
        assertError(organisation(), "Retirez du nom les caractères de contrôle du sens du texte : ils le font lire autrement qu’il n’est écrit.");
        assertNothingSaved();
    }

    @Test
    void a_launch_before_1990_is_refused() {
        fillValid();
        _setValue(launchYear(), "1989");
        click("Enregistrer");

        assertError(launch(), "Un lancement avant 1990 n’est pas plausible : vérifiez l’année.");
        assertNothingSaved();
    }

    @Test
    void a_launch_more_than_five_years_ahead_is_refused_but_next_year_is_planned() {
        fillValid();
        _setValue(launchYear(), "9999");
        click("Enregistrer");

        // Today is 25 Nov 2026 in these tests.
        assertError(launch(), "Un lancement après 2031 est trop lointain : vérifiez l’année.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_that_is_not_a_number_is_refused() {
        fillValid();
        _setValue(headcount(), "beaucoup");
        click("Enregistrer");

        assertError(headcount(), "Saisissez un nombre entier, par exemple 1 230.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_beyond_what_a_count_holds_is_refused_for_its_size() {
        fillValid();
        _setValue(headcount(), "2 147 483 648");
        click("Enregistrer");

        assertError(headcount(), "Ce nombre a trop de chiffres pour un effectif ou un compte.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_of_zero_or_less_is_refused() {
        fillValid();
        _setValue(headcount(), "-5");
        click("Enregistrer");

        assertError(headcount(), "La valeur doit être au moins 1.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_is_required() {
        _setValue(organisation(), TestDeployments.uniqueName("No headcount"));
        click("Enregistrer");

        assertError(headcount(), "Ce champ est obligatoire.");
        assertNothingSaved();
    }

    @Test
    void a_share_of_professional_groups_above_100_percent_is_refused() {
        fillValid();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Part de groupes professionnels (%)")), "120");
        click("Enregistrer");

        assertError(_get(TextField.class, spec -> spec.withLabel("Part de groupes professionnels (%)")), "La valeur doit être au plus 100.");
        assertNothingSaved();
    }

    @Test
    void a_launch_year_that_is_not_a_year_is_refused() {
        fillValid();
        _setValue(launchYear(), "20x1");
        click("Enregistrer");

        assertError(launch(), "Saisissez une année à quatre chiffres, par exemple 2011.");
        assertNothingSaved();
    }

    @Test
    void markup_in_a_name_is_kept_and_shown_as_text_never_run() {
        String name = "<script>alert('x')</script><b>" + TestDeployments.uniqueName("Bold") + "</b>";
        _setValue(organisation(), name);
        _setValue(headcount(), "10");
        click("Enregistrer");

        assertThat(_get(DeploymentView.class).getPageTitle()).startsWith(name);
        UI.getCurrent().navigate(DeploymentListView.class);
        @SuppressWarnings("unchecked")
        Grid<DeploymentSummary> grid = _get(Grid.class);
        DeploymentSummary saved = GridKt._findAll(grid).stream()
                .filter(row -> row.organisation().equals(name)).findFirst().orElseThrow();
        // A text column: the browser receives the characters, not elements.
        assertThat(GridKt._getFormattedRow(grid, saved).getFirst()).isEqualTo(name);
        assertThat(grid.getColumnByKey("organisation").getRenderer().getClass().getSimpleName()).isEqualTo("ColumnPathRenderer");
    }
}

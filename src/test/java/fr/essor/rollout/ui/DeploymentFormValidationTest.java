package fr.essor.rollout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
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

    private DeploymentForm form;
    private int deploymentsBefore;

    @BeforeEach
    void openCreateDialog() {
        deploymentsBefore = service.summaries().size();
        UI.getCurrent().navigate(DeploymentListView.class);
        _click(_get(DeploymentListView.class).create);
        form = _get(DeploymentForm.class);
    }

    private void fillValid() {
        _setValue(form.organisation, TestDeployments.uniqueName("Valid"));
        _setValue(form.headcount, "1000");
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
        _setValue(form.headcount, "1000");
        click("Enregistrer");

        assertError(form.organisation, "Ce champ est obligatoire.");
        assertNothingSaved();
    }

    @Test
    void an_organisation_name_of_ten_thousand_characters_is_refused() {
        fillValid();
        _setValue(form.organisation, "x".repeat(10_000));
        click("Enregistrer");

        assertError(form.organisation, "200 caractères au plus.");
        assertNothingSaved();
    }

    @Test
    void an_organisation_that_already_has_a_deployment_is_refused_whatever_its_case() {
        fillValid();
        _setValue(form.organisation, "  oRANGE ");
        click("Enregistrer");

        assertError(form.organisation, "Un déploiement existe déjà pour « oRANGE ».");
        assertNothingSaved();
    }

    @Test
    void a_look_alike_of_an_existing_name_is_refused_as_the_duplicate_it_is() {
        // Zero-width space, no-break space, full-width letters: each reads as "Air France-KLM Cargo".
        for (String lookAlike : List.of("Air France-KLM\u200B Cargo", "Air\u00A0France-KLM Cargo", "Ａｉｒ France-KLM Cargo")) {
            fillValid();
            _setValue(form.organisation, lookAlike);
            click("Enregistrer");

            assertError(form.organisation, "Un déploiement existe déjà pour « Air France-KLM Cargo ».");
            assertNothingSaved();
        }
    }

    @Test
    void a_name_of_invisible_characters_is_empty_and_bidi_controls_are_refused() {
        fillValid();
        _setValue(form.organisation, "\u200B\u2060\u00A0");
        click("Enregistrer");
        assertError(form.organisation, "Ce champ est obligatoire.");

        _setValue(form.organisation, "Acme \u202Egnp.exe");
        click("Enregistrer");
        assertError(form.organisation, "Retirez du nom les caractères de contrôle du sens du texte : ils le font lire autrement qu’il n’est écrit.");
        assertNothingSaved();
    }

    @Test
    void a_launch_before_1990_is_refused() {
        fillValid();
        _setValue(_get(form.launch, com.vaadin.flow.component.textfield.TextField.class), "1989");
        click("Enregistrer");

        assertError(form.launch, "Un lancement avant 1990 n’est pas plausible : vérifiez l’année.");
        assertNothingSaved();
    }

    @Test
    void a_launch_more_than_five_years_ahead_is_refused_but_next_year_is_planned() {
        fillValid();
        _setValue(_get(form.launch, com.vaadin.flow.component.textfield.TextField.class), "9999");
        click("Enregistrer");

        // Today is 25 Nov 2026 in these tests.
        assertError(form.launch, "Un lancement après 2031 est trop lointain : vérifiez l’année.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_that_is_not_a_number_is_refused() {
        fillValid();
        _setValue(form.headcount, "beaucoup");
        click("Enregistrer");

        assertError(form.headcount, "Saisissez un nombre entier, par exemple 1 230.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_beyond_what_a_count_holds_is_refused_for_its_size() {
        fillValid();
        _setValue(form.headcount, "2 147 483 648");
        click("Enregistrer");

        assertError(form.headcount, "Ce nombre a trop de chiffres pour un effectif ou un compte.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_of_zero_or_less_is_refused() {
        fillValid();
        _setValue(form.headcount, "-5");
        click("Enregistrer");

        assertError(form.headcount, "La valeur doit être au moins 1.");
        assertNothingSaved();
    }

    @Test
    void a_headcount_is_required() {
        _setValue(form.organisation, TestDeployments.uniqueName("No headcount"));
        click("Enregistrer");

        assertError(form.headcount, "Ce champ est obligatoire.");
        assertNothingSaved();
    }

    @Test
    void a_share_of_professional_groups_above_100_percent_is_refused() {
        fillValid();
        _setValue(form.professionalGroupsPct, "120");
        click("Enregistrer");

        assertError(form.professionalGroupsPct, "La valeur doit être au plus 100.");
        assertNothingSaved();
    }

    @Test
    void a_launch_year_that_is_not_a_year_is_refused() {
        fillValid();
        _setValue(_get(form.launch, TextField.class), "20x1");
        click("Enregistrer");

        assertError(form.launch, "Saisissez une année à quatre chiffres, par exemple 2011.");
        assertNothingSaved();
    }

    @Test
    void markup_in_a_name_is_kept_and_shown_as_text_never_run() {
        String name = "<script>alert('x')</script><b>" + TestDeployments.uniqueName("Bold") + "</b>";
        _setValue(form.organisation, name);
        _setValue(form.headcount, "10");
        click("Enregistrer");

        assertThat(_get(DeploymentView.class).getPageTitle()).startsWith(name);
        UI.getCurrent().navigate(DeploymentListView.class);
        var grid = _get(DeploymentListView.class).grid;
        DeploymentSummary saved = GridKt._findAll(grid).stream()
                .filter(row -> row.organisation().equals(name)).findFirst().orElseThrow();
        // A text column: the browser receives the characters, not elements.
        assertThat(GridKt._getFormattedRow(grid, saved).getFirst()).isEqualTo(name);
        assertThat(grid.getColumnByKey("organisation").getRenderer().getClass().getSimpleName()).isEqualTo("ColumnPathRenderer");
    }
}

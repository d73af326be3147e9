package fr.essor.rollout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.ui.PartialDateField;
import fr.essor.base.ui.StaleEditDialog;
import fr.essor.SecondSession;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.TimelineRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.Bucketing;
import fr.essor.activation.service.ChartPeriod;
import org.springframework.beans.factory.annotation.Autowired;

class MilestoneLogTest extends KaribuTest {

    @Autowired
    MilestoneService service;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    DeploymentService deployments;
    @Autowired
    SecondSession otherPerson;
    @Autowired
    ActivationSeriesService series;

    private static final String EMPTY_LOG =
            "Aucun jalon pour l’instant : saisissez une première mesure ou notez un événement (pilote, lancement…).";

    private Deployment deployment;

    @BeforeEach
    void openDeploymentPage() {
        deployment = testDeployments.create(5000, 111);
        UI.getCurrent().navigate("deployment/" + deployment.getId());
    }

    @SuppressWarnings("unchecked")
    private static Grid<TimelineRow> log() {
        return _get(Grid.class, spec -> spec.withId("milestone-log"));
    }

    /** As the row's Edit button does: the buttons are drawn by the browser from a template, which Karibu cannot click. */
    private static void editRow(TimelineRow row) {
        _get(MilestoneLog.class).edit(row);
    }

    /** As the row's Remove button does (see {@link #editRow}). */
    private static void removeRow(TimelineRow row) {
        _get(MilestoneLog.class).confirmRemove(row);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static PartialDateField dateField() {
        return _get(PartialDateField.class, spec -> spec.withLabel("Date"));
    }

    @SuppressWarnings("unchecked")
    private static Select<EventKind> eventKind() {
        return _get(Select.class, spec -> spec.withLabel("Type d’événement"));
    }

    private static void enterDate(PartialDateField field, int year, Integer month, Integer day) {
        _setValue(_get(field, TextField.class), Integer.toString(year));
        @SuppressWarnings("unchecked")
        List<Select<Integer>> parts = _find(field, Select.class).stream().map(s -> (Select<Integer>) s).toList();
        _setValue(parts.get(0), month);
        if (month != null) {
            _setValue(parts.get(1), day);
        }
    }

    private static void startMeasurement(int year, Integer month, Integer day, String activeUsers) {
        click("Saisir une mesure");
        enterDate(dateField(), year, month, day);
        _setValue(field("Utilisateurs actifs"), activeUsers);
    }

    private static void startEvent(int year, Integer month, Integer day) {
        click("Noter un événement");
        enterDate(dateField(), year, month, day);
    }

    private static List<List<String>> rows() {
        Grid<TimelineRow> log = log();
        return GridKt._findAll(log).stream().map(entry -> GridKt._getFormattedRow(log, entry).subList(0, 3)).toList();
    }

    private static List<String> facts() {
        return _find(DescriptionList.Description.class).stream().map(d -> d.getElement().getText()).toList();
    }

    private static void assertError(HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    @Test
    void an_empty_log_says_what_to_do_first() {
        _get(Paragraph.class, spec -> spec.withText(EMPTY_LOG));
        assertThat(_find(Grid.class, spec -> spec.withId("milestone-log"))).isEmpty();
    }

    @Test
    void a_logged_measurement_appears_and_the_latest_figures_follow() {
        startMeasurement(2024, 3, 15, "1 230");
        _setValue(field("Pays atteints"), "40");
        click("Enregistrer");

        assertThat(rows()).containsExactly(List.of("15 mars 2024", "Mesure", "1\u202F230 utilisateurs actifs · 40 pays atteints"));
        assertThat(facts()).contains("1\u202F230", "24,6\u00A0%", "40");
    }

    @Test
    void measurements_and_events_form_one_timeline_newest_first_each_date_as_precise_as_known() {
        startMeasurement(2023, null, null, "500");
        click("Enregistrer");
        startMeasurement(2024, 6, null, "900");
        click("Enregistrer");
        startEvent(2023, 9, 12);
        _setValue(eventKind(), EventKind.USAGE_CHARTER);
        _setValue(field("Titre"), "Charte signée par le COMEX");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note")), "Diffusée à tous");
        click("Enregistrer");

        assertThat(rows()).containsExactly(
                List.of("juin 2024", "Mesure", "900 utilisateurs actifs"),
                List.of("12 septembre 2023", "Charte d’utilisation", "Charte signée par le COMEX — Diffusée à tous"),
                List.of("2023", "Mesure", "500 utilisateurs actifs"));
        assertThat(facts()).contains("900");
    }

    @Test
    void active_users_above_the_headcount_are_refused_next_to_the_field() {
        startMeasurement(2024, 1, null, "6000");
        click("Enregistrer");

        assertError(field("Utilisateurs actifs"), "Les utilisateurs actifs ne peuvent pas dépasser l’effectif (5\u202F000).");
        assertThat(service.timeline(deployment.getId())).isEmpty();
    }

    @Test
    void countries_reached_above_countries_present_are_refused() {
        startMeasurement(2024, 1, null, "100");
        _setValue(field("Pays atteints"), "112");
        click("Enregistrer");

        assertError(field("Pays atteints"), "Les pays atteints ne peuvent pas dépasser les pays de présence (111).");
        assertThat(service.timeline(deployment.getId())).isEmpty();
    }

    @Test
    void negative_and_non_numeric_figures_are_refused() {
        startMeasurement(2024, 1, null, "-3");
        _setValue(field("Utilisateurs inscrits"), "douze");
        click("Enregistrer");

        assertError(field("Utilisateurs inscrits"), "Saisissez un nombre entier, par exemple 1 230.");
        _setValue(field("Utilisateurs inscrits"), "");
        click("Enregistrer");
        assertError(field("Utilisateurs actifs"), "La valeur doit être au moins 0.");
        assertThat(service.timeline(deployment.getId())).isEmpty();
    }

    @Test
    void a_measurement_in_the_future_or_before_1990_is_refused() {
        LocalDate tomorrow = LocalDate.ofInstant(fr.essor.FixedClock.NOW, java.time.ZoneOffset.UTC).plusDays(1);
        startMeasurement(tomorrow.getYear(), tomorrow.getMonthValue(), tomorrow.getDayOfMonth(), "10");
        click("Enregistrer");
        assertError(dateField(), "Une mesure ne peut pas être datée dans le futur.");

        enterDate(dateField(), 1989, 12, null);
        click("Enregistrer");
        assertError(dateField(), "La date doit être en 1990 ou après.");
        assertThat(service.timeline(deployment.getId())).isEmpty();
    }

    @Test
    void two_measurements_on_the_same_date_are_refused() {
        startMeasurement(2024, 2, 1, "10");
        click("Enregistrer");
        startMeasurement(2024, 2, 1, "20");
        click("Enregistrer");

        assertError(dateField(), "Une mesure existe déjà à cette date pour ce déploiement.");
        assertThat(service.timeline(deployment.getId())).hasSize(1);
    }

    @Test
    void a_measurement_without_any_figure_is_refused() {
        startMeasurement(2024, 2, 1, "");
        click("Enregistrer");

        assertError(field("Utilisateurs actifs"), "Saisissez au moins un chiffre, par exemple les utilisateurs actifs.");
    }

    @Test
    void an_event_needs_a_kind_and_a_title() {
        startEvent(2024, 5, null);
        click("Enregistrer");

        assertError(eventKind(), "Ce champ est obligatoire.");
        assertError(field("Titre"), "Ce champ est obligatoire.");
        assertThat(service.timeline(deployment.getId())).isEmpty();
    }

    @Test
    void editing_a_measurement_updates_the_log_and_the_latest_figures() {
        startMeasurement(2024, 4, null, "100");
        click("Enregistrer");

        editRow(GridKt._get(log(), 0));
        assertThat(field("Utilisateurs actifs").getValue()).isEqualTo("100");
        _setValue(field("Utilisateurs actifs"), "250");
        click("Enregistrer");

        assertThat(rows()).containsExactly(List.of("avril 2024", "Mesure", "250 utilisateurs actifs"));
        assertThat(facts()).contains("250", "5,0\u00A0%");
    }

    @Test
    void a_measurement_moved_to_another_date_leaves_its_old_day_and_is_drawn_on_its_new_one() {
        startMeasurement(2024, 4, 10, "100");
        click("Enregistrer");
        startMeasurement(2024, 2, 1, "60");
        click("Enregistrer");

        editRow(GridKt._get(log(), 0));
        enterDate(dateField(), 2024, 6, 20);
        click("Enregistrer");

        // The chart reads the daily rollup: 10 April must be gone from it, 20 June there.
        assertThat(series.series(deployment.getId(), ChartPeriod.ALL_TIME, Bucketing.EACH_MEASUREMENT).activeUsers())
                .extracting(point -> point.date().start().toString() + "=" + point.value())
                .containsExactly("2024-02-01=60", "2024-06-20=100");

        service.deleteMeasurement(service.measurement(GridKt._get(log(), 0).id()).orElseThrow());
        assertThat(series.series(deployment.getId(), ChartPeriod.ALL_TIME, Bucketing.EACH_MEASUREMENT).activeUsers())
                .extracting(point -> point.date().start().toString()).containsExactly("2024-02-01");
    }

    @Test
    void today_is_the_users_day_in_the_browsers_time_zone_not_the_servers() {
        // The tests' clock says 25 November 2026, 12:00 UTC: on Kiritimati (UTC+14) it is already the 26th.
        browserClockIn(java.time.ZoneId.of("Pacific/Kiritimati"));
        startMeasurement(2026, 11, 26, "100");
        click("Enregistrer");

        assertThat(rows()).containsExactly(List.of("26 novembre 2026", "Mesure", "100 utilisateurs actifs"));
    }

    @Test
    void an_event_dated_after_today_is_logged_as_planned() {
        startEvent(2027, 3, null);
        _setValue(eventKind(), EventKind.TRAINING_WAVE);
        _setValue(field("Titre"), "Formation des managers");
        click("Enregistrer");

        assertThat(rows()).containsExactly(List.of("mars 2027", "Vague de formation · prévu", "Formation des managers"));
    }

    @Test
    void enter_in_a_field_of_the_dialog_saves_it() {
        startEvent(2024, 5, 2);
        _setValue(eventKind(), EventKind.MONITORING);
        _setValue(field("Titre"), "Tableau de bord mensuel");

        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(field("Titre"), com.vaadin.flow.component.Key.ENTER);

        assertThat(rows()).containsExactly(List.of("2 mai 2024", "Veille mise en place", "Tableau de bord mensuel"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(EventForm.class);
    }

    @Test
    void escape_on_a_changed_dialog_asks_before_discarding_and_on_an_untouched_one_closes_it() {
        click("Saisir une mesure");
        com.vaadin.flow.component.dialog.Dialog dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new com.vaadin.flow.component.dialog.Dialog.DialogCloseActionEvent(dialog, true));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(MeasurementForm.class);

        startMeasurement(2024, 4, null, "100");
        dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withCount(1, 1));
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new com.vaadin.flow.component.dialog.Dialog.DialogCloseActionEvent(dialog, true));

        ConfirmDialog discard = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(discard)).isEqualTo("Abandonner vos modifications ?");
        assertThat(dialog.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(discard);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.timeline(deployment.getId())).isEmpty();
    }

    @Test
    void each_row_offers_edit_and_remove_named_for_screen_readers() {
        startMeasurement(2024, 4, null, "100");
        click("Enregistrer");

        // Drawn by the browser from a template (no components per row): the names travel as each row's data.
        var actions = (com.vaadin.flow.data.renderer.LitRenderer<TimelineRow>) log().getColumnByKey("actions").getRenderer();
        TimelineRow first = GridKt._get(log(), 0);
        assertThat(MilestoneLog.ACTIONS).contains("aria-label=\"${item.editLabel}\"", "@click=\"${edit}\"",
                "aria-label=\"${item.removeLabel}\"", "@click=\"${remove}\"");
        // Each names its row: a screen reader going down the column hears which milestone, not "Modifier" again.
        assertThat(actions.getValueProviders().get("editLabel").apply(first)).isEqualTo("Modifier : Mesure, avril 2024");
        assertThat(actions.getValueProviders().get("removeLabel").apply(first)).isEqualTo("Supprimer : Mesure, avril 2024");
        assertThat(log().getColumnByKey("actions").isVisible()).isTrue();
    }

    @Test
    void removing_a_milestone_asks_first_then_removes_it() {
        startMeasurement(2024, 4, null, "100");
        click("Enregistrer");

        removeRow(GridKt._get(log(), 0));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("Mesure (avril 2024) : ce jalon sera supprimé définitivement.");
        // A reflexive Enter keeps the data: the focus starts on Cancel.
        assertThat(((fr.essor.base.ui.DeleteConfirmation) confirm).cancelButton().isAutofocus()).isTrue();
        assertThat(((fr.essor.base.ui.DeleteConfirmation) confirm).cancelButton().getText()).isEqualTo("Annuler");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(service.timeline(deployment.getId())).isEmpty();
        _get(Paragraph.class, spec -> spec.withText(EMPTY_LOG));
        assertThat(facts()).contains("Aucune mesure");
    }

    @Test
    void a_stale_measurement_edit_is_refused_and_the_other_save_is_kept() {
        startMeasurement(2024, 4, null, "100");
        click("Enregistrer");
        editRow(GridKt._get(log(), 0));

        TimelineRow entry = GridKt._get(log(), 0);
        Measurement theirs = service.measurement(entry.id()).orElseThrow();
        theirs.setActiveUsers(300);
        service.saveMeasurement(deployment.getId(), theirs, null);

        _setValue(field("Utilisateurs actifs"), "200");
        click("Enregistrer");

        _get(StaleEditDialog.class);
        Measurement stored = service.measurement(entry.id()).orElseThrow();
        assertThat(stored.getActiveUsers()).isEqualTo(300);
        assertThat(stored.getDate()).isEqualTo(PartialDate.ofMonth(2024, 4));
    }

    @Test
    void removing_a_row_someone_else_edited_meanwhile_is_refused_and_their_edit_is_kept() {
        startMeasurement(2024, 4, null, "100");
        click("Enregistrer");
        TimelineRow shown = GridKt._get(log(), 0);

        // Another session edits it; the log's pages are shared copies, so this must not pass unnoticed.
        Measurement theirs = service.measurement(shown.id()).orElseThrow();
        theirs.setActiveUsers(300);
        service.saveMeasurement(deployment.getId(), theirs, null);
        removeRow(shown);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(ConfirmDialogKt.getText(_get(StaleEditDialog.class))).startsWith("Rien n’a été supprimé : quelqu’un a modifié ou supprimé");
        assertThat(service.measurement(shown.id()).orElseThrow().getActiveUsers()).isEqualTo(300);
        _get(MilestoneLog.class).refresh();
        assertThat(log().getGenericDataView().getItems().map(row -> ((TimelineRow.MeasurementRow) row).activeUsers()))
                .as("the log reads the page again after their write").containsExactly(300);
    }

    @Test
    void editing_a_row_someone_else_removed_meanwhile_says_so_instead_of_the_row_just_vanishing() {
        startMeasurement(2024, 4, null, "100");
        click("Enregistrer");
        TimelineRow shown = GridKt._get(log(), 0);
        service.deleteMeasurement(service.measurement(shown.id()).orElseThrow()); // in another session

        editRow(shown);

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Ce jalon a été supprimé entre-temps par quelqu’un d’autre : le journal est à jour.");
        assertThat(_find(MeasurementForm.class)).isEmpty();
        _get(Paragraph.class, spec -> spec.withText(EMPTY_LOG));
    }

    @Test
    void a_measurement_saved_after_someone_removed_the_deployment_offers_a_reload_that_leads_back_to_the_list() {
        startMeasurement(2024, 4, null, "100");
        deployments.delete(deployments.find(deployment.getId()).orElseThrow()); // in another session

        click("Enregistrer");

        StaleEditDialog stale = _get(StaleEditDialog.class);
        assertThat(_find(MeasurementForm.class)).as("the measurement dialog stays, with what was typed").hasSize(1);
        ConfirmDialogKt._fireConfirm(stale);
        assertThat(_find(MeasurementForm.class)).as("closed by Reload").isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("deployments");
    }

    @Test
    void a_date_someone_else_logged_while_the_dialog_was_open_is_refused_next_to_the_date_and_the_dialog_stays_usable()
            throws Exception {
        startMeasurement(2024, 4, 15, "100");
        Measurement theirs = new Measurement();
        theirs.setDate(PartialDate.ofDay(LocalDate.of(2024, 4, 15)));
        theirs.setActiveUsers(90);
        // Their save is written but not committed when ours reaches the database: our check cannot see it.
        var committed = otherPerson.saveCommittingLater(() -> service.saveMeasurement(deployment.getId(), theirs, null));

        click("Enregistrer");
        committed.join();

        assertError(dateField(), "Une mesure existe déjà à cette date pour ce déploiement.");
        enterDate(dateField(), 2024, 4, 16);
        click("Enregistrer");
        assertThat(rows()).extracting(row -> row.get(0)).containsExactly("16 avril 2024", "15 avril 2024");
    }
}

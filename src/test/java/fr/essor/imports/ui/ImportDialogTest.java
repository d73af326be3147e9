package fr.essor.imports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.imports.service.DuplicateChoice;
import fr.essor.imports.service.ImportField;
import fr.essor.imports.service.ImportPreset;
import fr.essor.imports.service.LineResult;
import fr.essor.rollout.TimelineRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lead imports a file from the deployment page: upload, preview with its bad line, import, the log shows it. */
class ImportDialogTest extends KaribuTest {

    @Autowired
    TestDeployments testDeployments;

    private ImportDialog openOn(long deploymentId) {
        UI.getCurrent().navigate("deployment/" + deploymentId);
        click("Importer");
        return _get(ImportDialog.class);
    }

    private static Path csv(String text) throws IOException {
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void upload_preview_import_and_the_log_shows_the_rows() throws IOException {
        signInAs("lead");
        long id = testDeployments.create(1000, null).getId();
        ImportDialog dialog = openOn(id);

        dialog.fileReceived("usage.csv", csv("Date;Utilisateurs actifs\n01/03/2024;100\n02/03/2024;-4\n03/03/2024;120\n"));

        assertThat(dialog.preset.getValue()).isEqualTo(ImportPreset.COLUMNS);
        assertThat(dialog.mapping.selects.get(ImportField.ACTIVE_USERS).getValue()).isEqualTo("Utilisateurs actifs");
        List<LineResult> lines = dialog.preview.grid.getGenericDataView().getItems().toList();
        assertThat(lines).extracting(LineResult::line).containsExactly(2L, 3L, 4L);
        assertThat(dialog.preview.reasons(lines.get(1))).isEqualTo("Utilisateurs actifs : Un nombre ne peut pas être négatif (-4).");
        assertThat(dialog.preview.counts.getText()).isEqualTo("3 lignes : 2 à ajouter, 0 en remplacement, 0 ignorée, 1 refusée.");
        assertThat(dialog.run.getText()).isEqualTo("Importer 2 lignes");

        dialog.run.click();
        dialog.running.join();
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(ImportDialog.class)).isEmpty();
        Grid<?> log = _find(Grid.class).stream().filter(grid -> grid.getGenericDataView().getItems()
                .anyMatch(TimelineRow.class::isInstance)).findFirst().orElseThrow();
        assertThat(log.getGenericDataView().getItems().count()).isEqualTo(2);
    }

    @Test
    void a_preset_says_which_column_becomes_active_users_in_english_too() throws IOException {
        useLocale(Locale.ENGLISH);
        long id = testDeployments.create(1000, null).getId();
        UI.getCurrent().navigate("deployment/" + id);
        click("Import");
        ImportDialog dialog = _get(ImportDialog.class);

        dialog.fileReceived("yammer.csv", csv("Report Refresh Date,Liked,Posted,Read,Report Date,Report Period\n"
                + "2025-06-30,4,2,30,2025-06-29,7\n"));

        assertThat(dialog.preset.getValue()).isEqualTo(ImportPreset.VIVA_ENGAGE);
        assertThat(dialog.mapping.isVisible()).isFalse();
        assertThat(dialog.explanation.getText()).startsWith("Active users = the largest of Read, Posted and Liked.")
                .contains("lower bound");
        assertThat(dialog.preview.values(dialog.preview.grid.getGenericDataView().getItems().findFirst().orElseThrow()))
                .isEqualTo("Active users: 30 / 2 / 4");
        assertThat(dialog.preview.counts.getText()).isEqualTo("1 line: 1 to add, 0 replacing, 0 skipped, 0 refused.");
        assertThat(dialog.preview.firstLines.getText()).isEqualTo("The first line:");
    }

    @Test
    void a_viewer_and_a_lead_who_is_not_a_member_see_no_import_button() {
        long othersId = testDeployments.create(1000, null).getId();
        for (String user : List.of("viewer", "lead")) {
            signInAs(user);
            UI.getCurrent().navigate("deployment/" + othersId);
            assertThat(_find(Button.class, spec -> spec.withText("Importer"))).isEmpty();
        }
    }

    @Test
    void an_admin_undoes_an_import_from_the_page_and_the_log_loses_its_rows() throws IOException {
        var deployment = testDeployments.create(1000, null);
        long id = deployment.getId();
        testDeployments.measure(deployment, fr.essor.base.domain.PartialDate.ofDay(java.time.LocalDate.of(2024, 3, 1)), 50);
        ImportDialog dialog = openOn(id);
        dialog.fileReceived("usage.csv", csv("Date,Active users\n2024-03-01,100\n2024-03-02,110\n"));
        dialog.duplicates.setValue(DuplicateChoice.REPLACE);
        dialog.run.click();
        dialog.running.join();
        MockVaadin.clientRoundtrip(false);
        ImportList imports = _get(ImportList.class);
        assertThat(imports.grid.getGenericDataView().getItems()).singleElement()
                .satisfies(summary -> assertThat(summary.linesSaved()).isEqualTo(2));

        Button undo = (Button) GridKt._getCellComponent(imports.grid, 0, "undo");
        assertThat(undo.getText()).isEqualTo("Annuler l’import");
        undo.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Annuler l’import de usage.csv ?");
        // Two "Annuler" side by side read alike: the way out says what it keeps.
        assertThat(((fr.essor.base.ui.DeleteConfirmation) confirm).cancelButton().getText()).isEqualTo("Garder l’import");
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith(
                "Lignes ajoutées par cet import, retirées : 1. Lignes qu’il a remplacées, remises : 1.");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(ImportList.class).grid.getGenericDataView().getItems()).singleElement()
                .satisfies(summary -> assertThat(summary.undone()).isTrue());
        // Only the measurement the import had replaced is left, put back.
        assertThat(_find(Grid.class).stream().flatMap(grid -> grid.getGenericDataView().getItems())
                .filter(TimelineRow.class::isInstance)).hasSize(1);
        assertThat(GridKt._getCellComponent(_get(ImportList.class).grid, 0, "undo")).isInstanceOf(com.vaadin.flow.component.html.Span.class);
    }

    @Test
    void a_file_without_a_header_is_refused_with_a_message() throws IOException {
        ImportDialog dialog = openOn(testDeployments.create(1000, null).getId());

        dialog.fileReceived("empty.csv", csv(""));

        assertThat(dialog.problem.getText()).isEqualTo("Ce fichier n’a pas de ligne d’en-tête : sa première ligne doit nommer les colonnes.");
        assertThat(dialog.run.isEnabled()).isFalse();
    }

    @Test
    void a_file_saved_in_windows_1252_is_refused_with_what_to_do_and_nothing_can_be_imported() throws IOException {
        ImportDialog dialog = openOn(testDeployments.create(1000, null).getId());
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, "Date;Utilisateurs actifs;Note\n01/03/2024;100;Vague Montréal\n",
                java.nio.charset.Charset.forName("windows-1252"));

        dialog.fileReceived("excel.csv", file);

        assertThat(dialog.problem.getText()).startsWith("La ligne 2 n’est pas du texte UTF-8")
                .contains("CSV UTF-8").endsWith("Rien n’a été enregistré.");
        assertThat(dialog.run.isEnabled()).isFalse();
        assertThat(dialog.preset.isVisible()).as("no choice makes this file readable").isFalse();
        assertThat(clearedFileLists(dialog)).as("the refused file leaves the list, so another can be chosen").isEqualTo(1);
        assertThat(dialog.upload.getI18n().getError().getTooManyFiles()).startsWith("Un seul fichier à la fois");
    }

    @Test
    void a_file_of_twenty_thousand_columns_is_refused_with_a_message_and_leaves_under_20_mb_in_the_session() throws IOException {
        ImportDialog dialog = openOn(testDeployments.create(1000, null).getId());
        Path wide = csv("Date,Utilisateurs actifs" + ",colonne".repeat(20_000) + "\n01/03/2024,100\n");
        long before = heapAfterGc();

        dialog.fileReceived("wide.csv", wide);

        long grown = heapAfterGc() - before;
        System.out.printf("Heap kept after a 20,000-column file: %.1f MB%n", grown / 1e6);
        assertThat(dialog.problem.getText()).isEqualTo("La ligne 1 a plus de 200 colonnes, le plus qu’un import lit : "
                + "retirez les colonnes que vous n’importez pas, puis importez de nouveau le fichier. Rien n’a été enregistré.");
        assertThat(dialog.preset.isVisible()).isFalse();
        assertThat(dialog.run.isEnabled()).isFalse();
        assertThat(grown).isLessThan(20_000_000);
    }

    @Test
    void the_widest_file_accepted_offers_its_200_columns_in_each_list_for_little_memory() throws IOException {
        ImportDialog dialog = openOn(testDeployments.create(1000, null).getId());
        StringBuilder header = new StringBuilder("Date,Utilisateurs actifs");
        for (int column = 3; column <= 200; column++) {
            header.append(",Colonne supplémentaire numéro ").append(column);
        }
        Path widest = csv(header + "\n01/03/2024,100\n");
        long before = heapAfterGc();

        dialog.fileReceived("widest.csv", widest);

        long grown = heapAfterGc() - before;
        System.out.printf("Heap kept by the mapping of a 200-column file: %.1f MB%n", grown / 1e6);
        var registered = dialog.mapping.selects.get(ImportField.REGISTERED_USERS);
        assertThat(registered.getListDataView().getItems()).hasSize(201).contains("Colonne supplémentaire numéro 200");
        assertThat(dialog.mapping.selects.get(ImportField.ACTIVE_USERS).getValue()).isEqualTo("Utilisateurs actifs");
        assertThat(dialog.run.getText()).isEqualTo("Importer 1 ligne");
        assertThat(grown).isLessThan(5_000_000);
    }

    /** The heap in use once garbage is collected: the lowest of a few full collections, as one can be disturbed. */
    private static long heapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** How many times the upload was told to empty its list (in the browser: this.files = []) since the last round trip. */
    private static long clearedFileLists(ImportDialog dialog) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse(); // executeJs waits for these
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getOwner() == dialog.upload.getElement().getNode())
                .filter(call -> call.getInvocation().getExpression().contains("this.files = []")).count();
    }

    @Test
    void dates_already_in_essor_follow_the_choice_in_the_preview() throws IOException {
        long id = testDeployments.create(1000, null).getId();
        ImportDialog dialog = openOn(id);
        Path file = csv("Date,Active users\n2024-03-01,100\n");
        dialog.fileReceived("a.csv", file);
        dialog.run.click();
        dialog.running.join();
        MockVaadin.clientRoundtrip(false);
        dialog = openOn(id);
        dialog.fileReceived("b.csv", csv("Date,Active users\n2024-03-01,150\n"));

        dialog.duplicates.setValue(DuplicateChoice.REPLACE);

        assertThat(dialog.preview.counts.getText()).contains("1 en remplacement");
        assertThat(dialog.run.getText()).isEqualTo("Importer 1 ligne");
    }
}

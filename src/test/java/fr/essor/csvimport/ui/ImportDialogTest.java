package fr.essor.csvimport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHook;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.csvimport.service.ImportPreset;
import fr.essor.csvimport.service.ImportSummary;
import fr.essor.csvimport.service.LineResult;
import fr.essor.rollout.DuplicateChoice;
import fr.essor.rollout.TimelineRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lead imports a file from the deployment page: upload, preview with its bad line, import, the log shows it. */
class ImportDialogTest extends KaribuTest {

    @Autowired
    TestDeployments testDeployments;

    private static ImportDialog openOn(long deploymentId) {
        UI.getCurrent().navigate("deployment/" + deploymentId);
        click("Importer");
        return _get(ImportDialog.class);
    }

    /** As the user does: a file chosen in the dialog's upload. */
    private static void upload(String fileName, byte[] content) {
        UploadKt._upload(_get(Upload.class), fileName, content);
    }

    private static void upload(String fileName, String csv) {
        upload(fileName, csv.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Select<ImportPreset> preset(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private static boolean presetShown() {
        return !_find(Select.class, spec -> spec.withLabel("Provenance du fichier")).isEmpty();
    }

    /** The drop-down that says which column of the file gives a field, by the field's name. */
    @SuppressWarnings("unchecked")
    private static ComboBox<String> columnFor(String field) {
        return _get(_get(ImportDialog.class), ComboBox.class, spec -> spec.withLabel(field));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<DuplicateChoice> duplicates() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Dates déjà dans Essor"));
    }

    /** The preview's first lines, the one grid of the dialog. */
    @SuppressWarnings("unchecked")
    private static Grid<LineResult> preview() {
        return _get(_get(ImportDialog.class), Grid.class);
    }

    /** What the dialog says in its paragraphs: the counts, the preset's explanation, why a file is refused… */
    private static List<String> said() {
        return _find(_get(ImportDialog.class), Paragraph.class).stream().map(Paragraph::getText).filter(text -> !text.isEmpty()).toList();
    }

    /** The button that runs the import, which says how many lines it will save. */
    private static Button run() {
        return _get(Button.class, spec -> spec.withPredicate(button -> button.getText().matches("(Importer|Import) \\d.*")));
    }

    /** As the page does while the import runs off the request thread: it polls until the progress bar goes. */
    private static void waitForTheImport() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!_find(ProgressBar.class).isEmpty()) {
            assertThat(System.nanoTime()).as("the import ends").isLessThan(deadline);
            MockVaadin.clientRoundtrip(false);
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportSummary> imports() {
        return _get(_get(ImportList.class), Grid.class);
    }

    @Test
    void upload_preview_import_and_the_log_shows_the_rows() {
        signInAs("lead");
        long id = testDeployments.create(1000, null).getId();
        openOn(id);

        upload("usage.csv", "Date;Utilisateurs actifs\n01/03/2024;100\n02/03/2024;-4\n03/03/2024;120\n");

        assertThat(preset("Provenance du fichier").getValue()).isEqualTo(ImportPreset.COLUMNS);
        assertThat(columnFor("Utilisateurs actifs").getValue()).isEqualTo("Utilisateurs actifs");
        List<LineResult> lines = preview().getGenericDataView().getItems().toList();
        assertThat(lines).extracting(LineResult::line).containsExactly(2L, 3L, 4L);
        assertThat(GridKt._getFormattedRow(preview(), 1).get(4)).isEqualTo("Utilisateurs actifs : La valeur doit être au moins 0.");
        assertThat(said()).contains("3 lignes : 2 à ajouter, 0 en remplacement, 0 ignorée, 1 refusée.");
        assertThat(run().getText()).isEqualTo("Importer 2 lignes");

        _click(run());
        waitForTheImport();

        assertThat(_find(ImportDialog.class)).isEmpty();
        Grid<?> log = _find(Grid.class).stream().filter(grid -> grid.getGenericDataView().getItems()
                .anyMatch(TimelineRow.class::isInstance)).findFirst().orElseThrow();
        assertThat(log.getGenericDataView().getItems().count()).isEqualTo(2);
    }

    @Test
    void a_preset_says_which_column_becomes_active_users_in_english_too() {
        useLocale(Locale.ENGLISH);
        long id = testDeployments.create(1000, null).getId();
        UI.getCurrent().navigate("deployment/" + id);
        click("Import");

        upload("yammer.csv", "Report Refresh Date,Liked,Posted,Read,Report Date,Report Period\n"
                + "2025-06-30,4,2,30,2025-06-29,7\n");

        assertThat(preset("Where the file comes from").getValue()).isEqualTo(ImportPreset.VIVA_ENGAGE);
        assertThat(_find(_get(ImportDialog.class), ComboBox.class)).as("no columns to map").isEmpty();
        assertThat(said()).anySatisfy(text -> assertThat(text).startsWith("Active users = the largest of Read, Posted and Liked.")
                .contains("lower bound"));
        assertThat(GridKt._getFormattedRow(preview(), 0).get(2)).isEqualTo("Active users: 30 / 2 / 4");
        assertThat(said()).contains("1 line: 1 to add, 0 replacing, 0 skipped, 0 refused.", "The first line:");
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
    void an_admin_undoes_an_import_from_the_page_and_the_log_loses_its_rows() {
        var deployment = testDeployments.create(1000, null);
        long id = deployment.getId();
        testDeployments.measure(deployment, fr.essor.base.domain.PartialDate.ofDay(java.time.LocalDate.of(2024, 3, 1)), 50);
        openOn(id);
        upload("usage.csv", "Date,Active users\n2024-03-01,100\n2024-03-02,110\n");
        _setValue(duplicates(), DuplicateChoice.REPLACE);
        _click(run());
        waitForTheImport();
        assertThat(imports().getGenericDataView().getItems()).singleElement()
                .satisfies(summary -> assertThat(summary.linesSaved()).isEqualTo(2));

        Button undo = (Button) GridKt._getCellComponent(imports(), 0, "undo");
        assertThat(undo.getText()).isEqualTo("Annuler l’import");
        undo.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Annuler l’import de usage.csv ?");
        // Two "Annuler" side by side read alike: the way out says what it keeps.
        assertThat(((fr.essor.base.ui.DeleteConfirmation) confirm).cancelButton().getText()).isEqualTo("Garder l’import");
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith(
                "Lignes ajoutées par cet import, retirées : 1. Lignes qu’il a remplacées, remises : 1.");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(imports().getGenericDataView().getItems()).singleElement()
                .satisfies(summary -> assertThat(summary.undone()).isTrue());
        // Only the measurement the import had replaced is left, put back.
        assertThat(_find(Grid.class).stream().flatMap(grid -> grid.getGenericDataView().getItems())
                .filter(TimelineRow.class::isInstance)).hasSize(1);
        assertThat(GridKt._getCellComponent(imports(), 0, "undo")).isInstanceOf(com.vaadin.flow.component.html.Span.class);
    }

    @Test
    void a_file_without_a_header_is_refused_with_a_message() {
        openOn(testDeployments.create(1000, null).getId());

        upload("empty.csv", "");

        assertThat(said()).contains("Ce fichier n’a pas de ligne d’en-tête : sa première ligne doit nommer les colonnes.");
        assertThat(run().isEnabled()).isFalse();
    }

    @Test
    void a_file_saved_in_windows_1252_is_refused_with_what_to_do_and_nothing_can_be_imported() {
        openOn(testDeployments.create(1000, null).getId());

        long cleared = clearedFileListsDuring(() -> upload("excel.csv", "Date;Utilisateurs actifs;Note\n01/03/2024;100;Vague Montréal\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"))));

        assertThat(said()).anySatisfy(text -> assertThat(text).startsWith("La ligne 2 n’est pas du texte UTF-8")
                .contains("CSV UTF-8").endsWith("Rien n’a été enregistré."));
        assertThat(run().isEnabled()).isFalse();
        assertThat(presetShown()).as("no choice makes this file readable").isFalse();
        assertThat(cleared).as("the refused file leaves the list, so another can be chosen").isEqualTo(1);
        assertThat(_get(Upload.class).getI18n().getError().getTooManyFiles()).startsWith("Un seul fichier à la fois");
    }

    @Test
    void a_file_of_twenty_thousand_columns_is_refused_with_a_message_and_leaves_under_20_mb_in_the_session() {
        openOn(testDeployments.create(1000, null).getId());
        byte[] wide = ("Date,Utilisateurs actifs" + ",colonne".repeat(20_000) + "\n01/03/2024,100\n").getBytes(StandardCharsets.UTF_8);
        long before = heapAfterGc();

        upload("wide.csv", wide);

        long grown = heapAfterGc() - before;
        System.out.printf("Heap kept after a 20,000-column file: %.1f MB%n", grown / 1e6);
        assertThat(said()).contains("La ligne 1 a plus de 200 colonnes, le plus qu’un import lit : "
                + "retirez les colonnes que vous n’importez pas, puis importez de nouveau le fichier. Rien n’a été enregistré.");
        assertThat(presetShown()).isFalse();
        assertThat(run().isEnabled()).isFalse();
        assertThat(grown).isLessThan(20_000_000);
    }

    @Test
    void the_widest_file_accepted_offers_its_200_columns_in_each_list_for_little_memory() {
        openOn(testDeployments.create(1000, null).getId());
        StringBuilder header = new StringBuilder("Date,Utilisateurs actifs");
        for (int column = 3; column <= 200; column++) {
            header.append(",Colonne supplémentaire numéro ").append(column);
        }
        byte[] widest = (header + "\n01/03/2024,100\n").getBytes(StandardCharsets.UTF_8);
        long before = heapAfterGc();

        upload("widest.csv", widest);

        long grown = heapAfterGc() - before;
        System.out.printf("Heap kept by the mapping of a 200-column file: %.1f MB%n", grown / 1e6);
        var registered = columnFor("Utilisateurs inscrits");
        assertThat(registered.getListDataView().getItems()).hasSize(201).contains("Colonne supplémentaire numéro 200");
        assertThat(columnFor("Utilisateurs actifs").getValue()).isEqualTo("Utilisateurs actifs");
        assertThat(run().getText()).isEqualTo("Importer 1 ligne");
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

    /**
     * How many times the upload was told to empty its list (in the browser: this.files = []) while the action ran:
     * the calls the browser would have received, as Karibu hands them over at each round trip.
     */
    private static long clearedFileListsDuring(Runnable action) {
        Upload upload = _get(Upload.class);
        TestingLifecycleHook karibus = KaribuConfig.getTestingLifecycleHook();
        List<PendingJavaScriptInvocation> sent = new java.util.ArrayList<>();
        KaribuConfig.setTestingLifecycleHook(new TestingLifecycleHook() {
            @Override
            public void awaitBeforeLookup() {
                karibus.awaitBeforeLookup();
            }

            @Override
            public void awaitAfterLookup() {
                karibus.awaitAfterLookup();
            }

            @Override
            public List<com.vaadin.flow.component.Component> getAllChildren(com.vaadin.flow.component.Component component) {
                return karibus.getAllChildren(component);
            }

            @Override
            public String getLabel(com.vaadin.flow.component.Component component) {
                return karibus.getLabel(component);
            }

            @Override
            public void handlePendingJavascriptInvocations(List<? extends PendingJavaScriptInvocation> invocations) {
                sent.addAll(invocations);
                karibus.handlePendingJavascriptInvocations(invocations);
            }
        });
        try {
            action.run();
        } finally {
            KaribuConfig.setTestingLifecycleHook(karibus);
        }
        return sent.stream().filter(call -> call.getOwner() == upload.getElement().getNode())
                .filter(call -> call.getInvocation().getExpression().contains("this.files = []")).count();
    }

    @Test
    void dates_already_in_essor_follow_the_choice_in_the_preview() {
        long id = testDeployments.create(1000, null).getId();
        openOn(id);
        upload("a.csv", "Date,Active users\n2024-03-01,100\n");
        _click(run());
        waitForTheImport();
        openOn(id);
        upload("b.csv", "Date,Active users\n2024-03-01,150\n");

        _setValue(duplicates(), DuplicateChoice.REPLACE);

        assertThat(said()).anySatisfy(text -> assertThat(text).contains("1 en remplacement"));
        assertThat(run().getText()).isEqualTo("Importer 1 ligne");
    }
}

package fr.essor.csvimport.service;

import fr.essor.rollout.DuplicateChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.TimelineEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** What a lead sees in the preview of a file and keeps after importing it. The clock says 25 Nov 2026. */
@SpringBootTest
@WithUserDetails("admin")
class ImportServiceTest {

    @Autowired
    ImportService imports;
    @Autowired
    MilestoneService milestones;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    JdbcClient sql;

    private Deployment deployment;
    private long deploymentId;

    @BeforeEach
    void aDeploymentOf1000People() {
        deployment = testDeployments.create(1000, 10);
        deploymentId = deployment.getId();
    }

    private ImportRequest request(String csv, DuplicateChoice duplicates) {
        List<String> header = imports.header(input(csv));
        ImportPreset preset = imports.recognise(header);
        return new ImportRequest(deploymentId, "usage.csv", ImportContent.MEASUREMENTS, preset,
                imports.proposeMapping(deploymentId, ImportContent.MEASUREMENTS, preset, header), duplicates);
    }

    private ImportPreview preview(String csv) {
        return imports.preview(request(csv, DuplicateChoice.REFUSE), input(csv), 100);
    }

    private ImportOutcome importCsv(String csv, DuplicateChoice duplicates) {
        return imports.importFile(request(csv, duplicates), input(csv), line -> { });
    }

    static ByteArrayInputStream input(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<Measurement> stored() {
        return milestones.timeline(deploymentId).stream().map(TimelineEntry::milestone)
                .filter(Measurement.class::isInstance).map(Measurement.class::cast).toList();
    }

    private static String reason(ImportPreview preview, int index) {
        LineResult line = preview.firstLines().get(index);
        return line.reasons().isEmpty() ? line.outcome().name() : line.outcome() + " " + line.reasons().getFirst().messageKey();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-13-01,100      | REFUSED import.line.date.unreadable",
            "1st March,100       | REFUSED import.line.date.unreadable",
            "03/31/2024,100      | REFUSED import.line.date.unreadable",
            "',100'              | REFUSED validation.required",
            "2024-03-01,-5       | REFUSED validation.atLeast",
            "2024-03-01,abc      | REFUSED import.line.count.notNumeric",
            "2024-03-01,'12,5'   | REFUSED import.line.count.notNumeric",
            "2024-03-01,2147483648 | REFUSED import.line.count.tooManyDigits",
            "2024-03-01,99999999999999999999 | REFUSED import.line.count.tooManyDigits",
            "2024-03-01,1001     | REFUSED measurement.activeUsers.aboveHeadcount",
            "1989-12-31,100      | REFUSED milestone.date.tooEarly",
            "2026-11-26,100      | REFUSED milestone.date.future",
            "'2024-03-01,'       | REFUSED measurement.figure.required",
            "2024-03-01,1000     | ADDED"})
    void each_bad_line_is_refused_with_its_reason(String line, String expected) {
        ImportPreview preview = preview("Date,Active users\n" + line + "\n");

        assertThat(reason(preview, 0)).isEqualTo(expected);
        assertThat(preview.firstLines().getFirst().line()).isEqualTo(2);
    }

    @Test
    void a_file_saved_by_excel_in_windows_1252_is_refused_at_the_line_where_it_shows_and_nothing_is_saved() {
        // Read as UTF-8, "Montréal" would be saved as "Montr?al": the lead is told to save as CSV UTF-8.
        String csv = "Date;Utilisateurs actifs;Note\n01/03/2024;100;Lancement\n02/03/2024;110;Vague Montréal\n";
        ImportRequest request = request("Date;Utilisateurs actifs;Note\n", DuplicateChoice.REFUSE);
        byte[] windows1252 = csv.getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThatThrownBy(() -> imports.preview(request, new ByteArrayInputStream(windows1252), 100))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .containsExactly(Violation.of("file", "import.file.notUtf8", 3L)));
        assertThatThrownBy(() -> imports.importFile(request, new ByteArrayInputStream(windows1252), line -> { }))
                .isInstanceOf(RuleViolationException.class);
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_utf16_file_or_a_workbook_renamed_csv_is_refused_on_its_first_line() {
        byte[] utf16 = "Date,Active users\n2024-03-01,100\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0xb5, 0x3a, '\n'};

        for (byte[] file : List.of(utf16, workbook)) {
            assertThatThrownBy(() -> imports.header(new ByteArrayInputStream(file)))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .containsExactly(Violation.of("file", "import.file.notText", 1L)));
        }
    }

    @Test
    void a_file_of_twenty_thousand_columns_is_refused_on_its_header_line() {
        String wide = "Date,Active users" + ",c".repeat(20_000) + "\n2024-03-01,100\n";

        assertThatThrownBy(() -> imports.header(input(wide)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .containsExactly(Violation.of("file", "import.file.tooManyColumns", 1L, 200)));
    }

    @Test
    void a_line_of_more_than_200_cells_is_refused_with_its_number_and_nothing_is_saved() {
        String csv = "Date,Active users\n2024-03-01,100\n2024-03-02,110" + ",".repeat(199) + "\n";
        ImportRequest request = request(csv, DuplicateChoice.REFUSE);

        assertThatThrownBy(() -> imports.preview(request, input(csv), 100))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .containsExactly(Violation.of("file", "import.file.tooManyColumns", 3L, 200)));
        assertThatThrownBy(() -> imports.importFile(request, input(csv), line -> { })).isInstanceOf(RuleViolationException.class);
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_line_longer_than_64k_characters_is_refused_with_its_number_and_nothing_is_saved() {
        // A quote opened and never closed makes the rest of the file one cell: the same refusal, at once.
        String csv = "Date,Active users,Note\n2024-03-01,100,ok\n2024-03-02,110,\"" + "x".repeat(70_000) + "\n2024-03-03,120,ok\n";
        ImportRequest request = request(csv, DuplicateChoice.REFUSE);

        assertThatThrownBy(() -> imports.preview(request, input(csv), 100))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .containsExactly(Violation.of("file", "import.file.lineTooLong", 3L, 65_536)));
        assertThatThrownBy(() -> imports.importFile(request, input(csv), line -> { })).isInstanceOf(RuleViolationException.class);
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_reason_names_the_field_and_the_value_read() {
        ImportPreview preview = preview("Date;Utilisateurs actifs;Inscrits\n2024-03-01;5;douze\n");

        Violation reason = preview.firstLines().getFirst().reasons().getFirst();
        assertThat(reason.field()).isEqualTo("measurement.registeredUsers");
        assertThat(reason.arguments()).containsExactly("douze");
    }

    @Test
    void a_date_already_in_the_file_is_refused_on_its_second_line_only() {
        ImportPreview preview = preview("Date,Active users\n2024-03-01,100\n2024-03-02,110\n01/03/2024,120\n");

        assertThat(List.of(reason(preview, 0), reason(preview, 1), reason(preview, 2)))
                .containsExactly("ADDED", "ADDED", "REFUSED intake.earlierLine.measurement");
        assertThat(preview.firstLines().get(2).line()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "comma, ISO dates          | Date,Active users\\n2024-03-01,100\\n2024-03-02,110\\n",
            "semicolon, French dates   | Date;Utilisateurs actifs\\n01/03/2024;100\\n02/03/2024;110\\n",
            "byte order mark           | \\uFEFFDate;Active users\\n2024-03-01;100\\n2024-03-02;110\\n",
            "times after the date      | Date,Active users\\n2024-03-01T00:00:00Z,100\\n2024-03-02 08:30:00,110\\n",
            "quoted cells, CRLF        | \"Date\",\"Active users\"\\r\\n\"2024-03-01\",\"100\"\\r\\n\"2024-03-02\",\"110\"\\r\\n"})
    void separators_byte_order_marks_and_both_date_forms_are_read(String what, String escaped) {
        String csv = escaped.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");

        ImportOutcome outcome = importCsv(csv, DuplicateChoice.REFUSE);

        assertThat(outcome.saved()).isEqualTo(2);
        assertThat(stored()).extracting(m -> m.getDate().start(), Measurement::getActiveUsers).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 2), 110),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 1), 100));
    }

    @Test
    void the_preview_counts_the_whole_file_and_saves_nothing() {
        StringBuilder csv = new StringBuilder("Date,Active users\n");
        for (int day = 1; day <= 28; day++) {
            csv.append("2024-02-").append(String.format("%02d", day)).append(',').append(day == 5 ? "-1" : "10").append('\n');
        }

        ImportPreview preview = imports.preview(request(csv.toString(), DuplicateChoice.REFUSE), input(csv.toString()), 3);

        assertThat(preview.firstLines()).hasSize(3);
        assertThat(preview.added()).isEqualTo(27);
        assertThat(preview.refused()).isEqualTo(1);
        assertThat(stored()).isEmpty();
    }

    private void withStored100OnMarch1() {
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofDay(LocalDate.of(2024, 3, 1)));
        measurement.setActiveUsers(100);
        milestones.saveMeasurement(deploymentId, measurement, null);
    }

    private static final String MARCH_1_AND_2 = "Date,Active users\n2024-03-01,500\n2024-03-02,510\n";

    @Test
    void a_date_already_in_essor_is_skipped_when_the_user_says_skip() {
        withStored100OnMarch1();

        ImportOutcome outcome = importCsv(MARCH_1_AND_2, DuplicateChoice.SKIP);

        assertThat(outcome.saved()).isEqualTo(1);
        assertThat(outcome.skipped()).isEqualTo(1);
        assertThat(stored()).extracting(Measurement::getActiveUsers).containsExactly(510, 100);
    }

    @Test
    void a_date_already_in_essor_is_replaced_when_the_user_says_replace() {
        withStored100OnMarch1();

        ImportOutcome outcome = importCsv(MARCH_1_AND_2, DuplicateChoice.REPLACE);

        assertThat(outcome.replaced()).isEqualTo(1);
        assertThat(stored()).extracting(Measurement::getActiveUsers).containsExactly(510, 500);
        assertThat(chartPoint(LocalDate.of(2024, 3, 1))).isEqualTo(500);
    }

    @Test
    void a_date_already_in_essor_is_refused_when_the_user_says_refuse() {
        withStored100OnMarch1();

        ImportPreview preview = imports.preview(request(MARCH_1_AND_2, DuplicateChoice.REFUSE), input(MARCH_1_AND_2), 10);
        ImportOutcome outcome = importCsv(MARCH_1_AND_2, DuplicateChoice.REFUSE);

        assertThat(reason(preview, 0)).isEqualTo("REFUSED measurement.date.taken");
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(stored()).extracting(Measurement::getActiveUsers).containsExactly(510, 100);
    }

    @Test
    void the_chart_shows_the_imported_days_at_once() {
        importCsv("Date,Active users,Country\n2024-03-01,100,FR\n2024-03-01,50,DE\n2024-03-02,70,\n", DuplicateChoice.REFUSE);

        assertThat(chartPoint(LocalDate.of(2024, 3, 1))).isEqualTo(150);
        assertThat(chartPoint(LocalDate.of(2024, 3, 2))).isEqualTo(70);
    }

    private Integer chartPoint(LocalDate day) {
        return sql.sql("select active_users from activity_day where deployment_id = ? and on_day = ?")
                .param(deploymentId).param(day).query(Integer.class).single();
    }

    @Test
    void a_failure_at_line_n_leaves_the_deployment_exactly_as_it_was() {
        withStored100OnMarch1();
        String csv = "Date,Active users\n2024-03-01,500\n2024-03-02,510\n2024-03-03,520\n2024-03-04,530\n";
        List<Map<String, Object>> before = rows();

        assertThatThrownBy(() -> imports.importFile(request(csv, DuplicateChoice.REPLACE), input(csv), line -> {
            if (line == 4) {
                throw new IllegalStateException("disk full at line 4");
            }
        })).hasMessageContaining("line 4");

        assertThat(rows()).isEqualTo(before);
        assertThat(chartPoint(LocalDate.of(2024, 3, 1))).isEqualTo(100);
        assertThat(imports.imports(deploymentId)).isEmpty();
    }

    private List<Map<String, Object>> rows() {
        return sql.sql("""
                select m.id, m.version, m.happened_on, m.active_users, m.import_id from measurement m where m.deployment_id = ?
                union all select -1, count(*), null, null, null from activity_day where deployment_id = ?
                union all select -2, count(*), null, null, null from audit_entry where deployment_id = ?
                order by 1""").param(deploymentId).param(deploymentId).param(deploymentId).query().listOfRows();
    }

    @Test
    void an_import_is_one_audit_entry_with_its_file_and_line_count() {
        importCsv(MARCH_1_AND_2, DuplicateChoice.REFUSE);

        var entries = sql.sql("select subject, action, username, after_values from audit_entry where deployment_id = ?"
                + " and subject <> 'DEPLOYMENT'").param(deploymentId).query().listOfRows();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("SUBJECT")).isEqualTo("IMPORT");
            assertThat(entry.get("USERNAME")).isEqualTo("admin");
            assertThat((String) entry.get("AFTER_VALUES")).contains("\"import.audit.file\":\"usage.csv\"", "\"import.audit.lines\":\"2\"");
        });
    }

    @Test
    void undoing_an_import_removes_its_rows_and_puts_back_those_it_replaced() {
        withStored100OnMarch1();
        long march1Id = stored().getFirst().getId();
        ImportOutcome outcome = importCsv(MARCH_1_AND_2, DuplicateChoice.REPLACE);

        imports.undo(outcome.importId());

        assertThat(stored()).singleElement().satisfies(m -> {
            assertThat(m.getId()).isEqualTo(march1Id);
            assertThat(m.getActiveUsers()).isEqualTo(100);
        });
        assertThat(chartPoint(LocalDate.of(2024, 3, 1))).isEqualTo(100);
        assertThat(sql.sql("select count(*) from activity_day where deployment_id = ?").param(deploymentId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(imports.imports(deploymentId)).singleElement().satisfies(summary -> assertThat(summary.undone()).isTrue());
        assertThatThrownBy(() -> imports.undo(outcome.importId())).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.violations().getFirst().messageKey()).isEqualTo("import.undo.already"));
    }

    @Test
    void undo_is_refused_when_an_imported_row_was_edited_since() {
        ImportOutcome outcome = importCsv(MARCH_1_AND_2, DuplicateChoice.REFUSE);
        Measurement edited = stored().getFirst();
        edited.setActiveUsers(999);
        // The file no longer vouches for the corrected figure (SourcedFigures): the lead says what does.
        edited.setSource("Corrigé à la main d’après le tableau de bord");
        milestones.saveMeasurement(deploymentId, edited, null);

        assertThatThrownBy(() -> imports.undo(outcome.importId())).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.violations().getFirst().messageKey()).isEqualTo("import.undo.edited"));
        assertThat(stored()).hasSize(2);
    }

    @Test
    void events_import_the_same_way_with_kinds_in_either_language() {
        String csv = "Date;Nature;Titre;Note\n2024-01-15;Lancement;Go live;Big day\n2024-02-01;TRAINING_WAVE;Wave 1;\n"
                + "2024-02-01;Training wave;Wave 1;\n2024-03-01;Party;Other;\n";
        List<String> header = imports.header(input(csv));
        ImportRequest request = new ImportRequest(deploymentId, "events.csv", ImportContent.EVENTS, ImportPreset.COLUMNS,
                imports.proposeMapping(deploymentId, ImportContent.EVENTS, ImportPreset.COLUMNS, header), DuplicateChoice.REFUSE);

        ImportPreview preview = imports.preview(request, input(csv), 10);
        imports.importFile(request, input(csv), line -> { });

        assertThat(List.of(reason(preview, 0), reason(preview, 1), reason(preview, 2), reason(preview, 3))).containsExactly(
                "ADDED", "ADDED", "REFUSED intake.earlierLine.event", "REFUSED import.line.kind.unknown");
        assertThat(milestones.timeline(deploymentId)).extracting(TimelineEntry::milestone)
                .map(e -> ((RolloutEvent) e).getKind() + " " + ((RolloutEvent) e).getTitle())
                .containsExactly("TRAINING_WAVE Wave 1", "LAUNCH Go live");
    }

    /** The same event told again with other capitals or spaces takes the stored one's place: it is not logged twice. */
    @Test
    void an_event_replaced_by_its_title_in_other_case_and_spaces_is_replaced_and_an_undo_puts_it_back() {
        testDeployments.event(deployment, PartialDate.ofDay(LocalDate.of(2024, 1, 15)), EventKind.LAUNCH, "Go live");
        String csv = "Date;Nature;Titre\n2024-01-15;Lancement;GO  LIVE\n";
        List<String> header = imports.header(input(csv));
        ImportRequest request = new ImportRequest(deploymentId, "events.csv", ImportContent.EVENTS, ImportPreset.COLUMNS,
                imports.proposeMapping(deploymentId, ImportContent.EVENTS, ImportPreset.COLUMNS, header), DuplicateChoice.REPLACE);

        ImportOutcome outcome = imports.importFile(request, input(csv), line -> { });

        assertThat(outcome.replaced()).isEqualTo(1);
        assertThat(eventTitles()).containsExactly("GO  LIVE");
        imports.undo(outcome.importId());
        assertThat(eventTitles()).containsExactly("Go live");
    }

    private List<String> eventTitles() {
        return milestones.timeline(deploymentId).stream().map(TimelineEntry::milestone).filter(RolloutEvent.class::isInstance)
                .map(event -> ((RolloutEvent) event).getTitle()).toList();
    }

    @Test
    void the_mapping_chosen_is_proposed_again_next_time_for_this_deployment() {
        String csv = "Jour;Actifs du jour;Comptes\n2024-03-01;100;200\n";
        List<String> header = imports.header(input(csv));
        ColumnMapping chosen = new ColumnMapping(Map.of(ImportField.DATE, List.of("Jour"),
                ImportField.ACTIVE_USERS, List.of("Actifs du jour"), ImportField.REGISTERED_USERS, List.of("Comptes")));
        imports.importFile(new ImportRequest(deploymentId, "a.csv", ImportContent.MEASUREMENTS, ImportPreset.COLUMNS, chosen,
                DuplicateChoice.REFUSE), input(csv), line -> { });

        assertThat(imports.proposeMapping(deploymentId, ImportContent.MEASUREMENTS, ImportPreset.COLUMNS, header)).isEqualTo(chosen);
        long other = testDeployments.create(1000, null).getId();
        assertThat(imports.proposeMapping(other, ImportContent.MEASUREMENTS, ImportPreset.COLUMNS, header).columnsOf(ImportField.REGISTERED_USERS)).isEmpty();
    }

    @Test
    void a_mapping_without_a_date_column_is_refused_before_reading() {
        ImportRequest request = new ImportRequest(deploymentId, "a.csv", ImportContent.MEASUREMENTS, ImportPreset.COLUMNS,
                new ColumnMapping(Map.of(ImportField.ACTIVE_USERS, List.of("x"))), DuplicateChoice.REFUSE);

        assertThatThrownBy(() -> imports.preview(request, input("x\n1\n"), 10)).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.violations()).extracting(Violation::messageKey).containsExactly("import.mapping.missing"));
    }

    @Test
    void a_file_of_refused_lines_only_imports_nothing() {
        assertThatThrownBy(() -> importCsv("Date,Active users\n2024-03-01,-1\n", DuplicateChoice.REFUSE))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::messageKey).containsExactly("import.nothingToImport"));
        assertThat(imports.imports(deploymentId)).isEmpty();
    }

    @Test
    void an_unknown_country_code_is_refused() {
        ImportPreview preview = preview("Date,Active users,Country\n2024-03-01,5,XX\n");

        assertThat(reason(preview, 0)).isEqualTo("REFUSED validation.countryCode");
        assertThat(preview.firstLines().getFirst().reasons().getFirst().field())
                .as("named by the country column's label, which both bundles have").isEqualTo("audit.field.country");
    }
}

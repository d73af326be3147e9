package fr.essor.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.GroupPolicy;
import fr.essor.rollout.Platform;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import fr.essor.exchange.service.DeploymentDocument;
import fr.essor.exchange.service.DeploymentExport;
import fr.essor.exchange.service.DocumentImport;
import fr.essor.exchange.service.DocumentReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deployment taken out as JSON and CSV keeps everything a lead logged, dates known only to the month
 * or year and sources included; brought back into an Essor that no longer has it, it exports the same.
 */
class ExportAndRoundTripTest extends KaribuTest {

    @Autowired
    DeploymentService deployments;
    @Autowired
    MilestoneService milestones;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    DeploymentExport export;
    @Autowired
    DocumentImport documentImport;
    @Autowired
    DocumentReader documentReader;
    @Autowired
    JdbcClient sql;

    private Deployment rich;

    @BeforeEach
    void aLeadsDeploymentWithEverything() {
        signInAs("lead");
        Deployment deployment = new Deployment();
        deployment.setOrganisation(TestDeployments.uniqueName("Rétro & Fils"));
        deployment.setPlatform(Platform.VIVA_ENGAGE);
        deployment.setPlatformName("Yammer");
        deployment.setLaunch(PartialDate.ofMonth(2019, 6));
        deployment.setHeadcount(5000);
        deployment.setPresentCountryCodes(Set.of("FR", "DE"));
        deployment.setGroupPolicy(GroupPolicy.values()[0]);
        deployment.setProfessionalGroupsPct(60);
        deployment.setTargetActivationPct(40);
        deployment.setTargetDate(LocalDate.of(2027, 6, 30));
        deployment.setNotes("=cmd|' /C calc'!A0 ; a note");
        deployment.setSource("Annual report 2020");
        rich = deployments.save(deployment);
        measure(PartialDate.ofYear(2019), null, 300, "Board slides");
        measure(PartialDate.ofMonth(2020, 3), null, 900, null);
        measure(PartialDate.ofDay(LocalDate.of(2021, 5, 4)), null, 1500, "Admin console");
        measure(PartialDate.ofDay(LocalDate.of(2021, 5, 4)), "FR", 1000, "Admin console");
        testDeployments.event(rich, PartialDate.ofMonth(2019, 6), EventKind.values()[0], "Launch <b>party</b>");
        testDeployments.event(rich, PartialDate.ofYear(2020), EventKind.OTHER, "Usage charter");
    }

    private void measure(PartialDate on, String country, int active, String source) {
        Measurement measurement = new Measurement();
        measurement.setDate(on);
        measurement.setCountryCode(country);
        measurement.setActiveUsers(active);
        measurement.setSource(source);
        milestones.saveMeasurement(rich.getId(), measurement, null);
    }

    private JsonNode exported(long id) {
        return DeploymentExport.JSON.readTree(export.json(export.document(id).orElseThrow()));
    }

    @Test
    void the_json_export_keeps_partial_dates_sources_per_country_rows_and_the_audit_trail() {
        JsonNode document = exported(rich.getId());

        assertThat(document.get("format").asInt()).isEqualTo(1);
        assertThat(document.at("/deployment/launch").asString()).isEqualTo("2019-06");
        assertThat(document.at("/deployment/countries").toString()).isEqualTo("[\"DE\",\"FR\"]");
        assertThat(document.at("/measurements/0/date").asString()).isEqualTo("2019");
        assertThat(document.at("/measurements/0/source").asString()).isEqualTo("Board slides");
        assertThat(document.at("/measurements/1/date").asString()).isEqualTo("2020-03");
        assertThat(document.at("/measurements/3/countryCode").asString()).isEqualTo("FR");
        assertThat(document.at("/events/0/title").asString()).isEqualTo("Launch <b>party</b>");
        assertThat(document.at("/events/1/date").asString()).isEqualTo("2020");
        assertThat(document.get("audit").size()).as("creation, 4 measurements, 2 events").isEqualTo(7);
    }

    @Test
    void a_reader_who_may_not_read_the_history_gets_no_audit_trail() {
        signInAs("viewer");

        JsonNode document = exported(rich.getId());

        assertThat(document.get("audit").isNull()).isTrue();
        assertThat(document.get("measurements").size()).isEqualTo(4);
    }

    @Test
    void the_export_of_all_holds_every_deployment_the_user_may_read() {
        signInAs("viewer");

        DeploymentDocument.Collection all = export.all();

        assertThat(all.deployments()).extracting(d -> d.deployment().organisation())
                .contains(rich.getOrganisation(), "Orange");
        assertThat(all.deployments()).hasSize(deployments.summaries().size());
    }

    @Test
    void the_csv_export_is_a_zip_of_one_spreadsheet_per_part_in_the_readers_language() throws Exception {
        DeploymentDocument document = export.document(rich.getId()).orElseThrow();

        Map<String, String> french = unzip(DeploymentCsvZip.of(document, new Span(), Locale.FRENCH));
        Map<String, String> english = unzip(DeploymentCsvZip.of(document, new Span(), Locale.ENGLISH));

        assertThat(french.keySet()).containsExactly("deployment.csv", "measurements.csv", "events.csv", "audit.csv");
        assertThat(french.get("measurements.csv")).startsWith("\uFEFF\"Date\";\"Pays\";")
                .contains("\"2019\";;300;;;;;\"Board slides\";")
                .contains("\"2021-05-04\";\"FR\";1000;");
        assertThat(english.get("measurements.csv")).contains("\"2020-03\",,900,");
        assertThat(french.get("events.csv")).contains("\"Launch <b>party</b>\"");
        // A note a spreadsheet would run as a formula is neutralised.
        assertThat(french.get("deployment.csv")).contains("\"'=cmd|").contains("\"2019-06\"");
    }

    @Test
    void export_then_import_into_an_essor_without_it_then_export_again_gives_the_same_document() {
        JsonNode before = exported(rich.getId());
        byte[] file = export.json(export.document(rich.getId()).orElseThrow());
        signInAs("admin");
        deployments.delete(deployments.find(rich.getId()).orElseThrow());
        assertThat(deployments.find(rich.getId())).isEmpty();

        signInAs("lead");
        long imported = documentImport.importDocument(documentReader.read(file));
        JsonNode after = exported(imported);

        assertThat(comparable(after)).isEqualTo(comparable(before));
        // The trail is not replayed (entries would claim other people's names and dates): the new one says
        // who imported, one entry for the deployment and one per batch of milestones.
        assertThat(after.get("audit").size()).isEqualTo(3);
        assertThat(after.get("audit").toString()).contains("\"user\":\"lead\"").contains("\"api.batch.lines\":\"4\"")
                .contains("\"api.batch.lines\":\"2\"");
        assertThat(sql.sql("select count(*) from activity_day where deployment_id = ?").param(imported).query(Long.class).single())
                .as("the chart's rollup, one row per day").isEqualTo(3);
    }

    /** What a round trip must keep: everything but this Essor's ids, the export's own date and author, and the trail. */
    private static JsonNode comparable(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.remove(java.util.List.of("exportedAt", "exportedBy", "audit"));
        ((ObjectNode) copy.get("deployment")).remove("id");
        copy.get("measurements").forEach(line -> ((ObjectNode) line).remove("id"));
        copy.get("events").forEach(line -> ((ObjectNode) line).remove("id"));
        return copy;
    }

    @Test
    void an_import_is_all_or_nothing() {
        DeploymentDocument document = export.document(rich.getId()).orElseThrow();
        String newName = TestDeployments.uniqueName("Copy");
        var record = document.deployment();
        var renamed = new DeploymentDocument.Record(null, newName, record.platform(), record.platformName(), record.launch(),
                record.headcount(), record.countriesPresent(), record.countries(), record.groupPolicy(),
                record.professionalGroupsPct(), record.targetActivationPct(), record.targetDate(), record.notes(),
                record.source(), false, false);
        var lines = new java.util.ArrayList<>(document.measurements());
        lines.add(new DeploymentDocument.MeasurementLine(null, "2022", null, 99_999, null, null, null, null, null, null));
        var broken = new DeploymentDocument(1, null, null, renamed, lines, document.events(), null);

        assertThatThrownBy(() -> documentImport.importDocument(broken)).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.violations().getFirst().field()).isEqualTo("measurements[4].activeUsers"));
        assertThat(deployments.summaries()).noneMatch(summary -> summary.organisation().equals(newName));
    }

    /**
     * Every bad line of a document is named at once, measurements and events, as the API's batch and the CSV import
     * name theirs: a line whose date is unreadable is not told in addition that its date is missing.
     */
    @Test
    void a_refused_import_names_every_bad_line_measurements_and_events_alike() {
        var record = export.document(rich.getId()).orElseThrow().deployment();
        String newName = TestDeployments.uniqueName("Every reason");
        var renamed = new DeploymentDocument.Record(null, newName, null, null, null, record.headcount(), null, null, null, null,
                null, null, null, null, false, false);
        var measurements = java.util.List.of(
                new DeploymentDocument.MeasurementLine(null, "2022", null, 99_999, null, null, null, null, null, null),
                new DeploymentDocument.MeasurementLine(null, "31/02/2022", null, 10, null, null, null, null, null, null));
        var events = java.util.List.of(
                new DeploymentDocument.EventLine(null, "2022-02-01", EventKind.OTHER, "x".repeat(RolloutEvent.TITLE_MAX_LENGTH + 1), null),
                new DeploymentDocument.EventLine(null, "some day", EventKind.OTHER, "Party", null));

        assertThatThrownBy(() -> documentImport.importDocument(new DeploymentDocument(1, null, null, renamed, measurements, events, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(violation -> violation.field() + " " + violation.messageKey()).containsExactlyInAnyOrder(
                                "measurements[0].activeUsers measurement.activeUsers.aboveHeadcount",
                                "measurements[1].date api.date.invalid",
                                "events[0].title validation.tooLong",
                                "events[1].date api.date.invalid"));
        assertThat(deployments.summaries()).noneMatch(summary -> summary.organisation().equals(newName));
    }

    @Test
    void a_fictitious_deployment_comes_back_fictitious() {
        signInAs("admin");
        var record = export.document(rich.getId()).orElseThrow().deployment();
        var fictitious = new DeploymentDocument.Record(null, TestDeployments.uniqueName("Fictif"), null, null, null,
                record.headcount(), null, null, null, null, null, null, null, null, false, true);

        long imported = documentImport.importDocument(new DeploymentDocument(1, null, null, fictitious,
                java.util.List.of(), java.util.List.of(), null));

        assertThat(export.document(imported).orElseThrow().deployment().demo()).isTrue();
    }

    @Test
    void a_lead_importing_a_deployment_flagged_fictitious_is_told_only_an_admin_may_and_nothing_is_created() {
        String copyName = TestDeployments.uniqueName("Hidden from totals");
        byte[] file = new String(export.json(export.document(rich.getId()).orElseThrow()), StandardCharsets.UTF_8)
                .replace(rich.getOrganisation(), copyName).replace("\"demo\" : false", "\"demo\" : true")
                .replace("\"demo\":false", "\"demo\":true").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(file, StandardCharsets.UTF_8)).containsPattern("\"demo\"\\s*:\\s*true");

        assertThat(uploadedAndConfirmed(file, id -> { })).isFalse();

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class)).extracting(Span::getText)
                .anyMatch(text -> text.equals("Rien n’a été importé :\nFictif : Seul un administrateur importe un déploiement marqué "
                        + "fictif, puisqu’il est laissé hors des totaux du tableau de bord : demandez-le à un administrateur."));
        assertThat(deployments.summaries()).noneMatch(summary -> summary.organisation().equals(copyName));
    }

    @Test
    void a_viewer_cannot_import_and_a_lead_cannot_import_a_reference_case() {
        DeploymentDocument document = export.document(rich.getId()).orElseThrow();
        var record = document.deployment();
        var asReference = new DeploymentDocument.Record(null, TestDeployments.uniqueName("Ref"), null, null, null,
                record.headcount(), null, null, null, null, null, null, null, null, true, false);

        signInAs("viewer");
        assertThatThrownBy(() -> documentImport.importDocument(document)).isInstanceOf(AccessDeniedException.class);
        signInAs("lead");
        assertThatThrownBy(() -> documentImport.importDocument(new DeploymentDocument(1, null, null, asReference,
                java.util.List.of(), java.util.List.of(), null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_pages_offer_the_exports_in_french_and_english() {
        signInAs("viewer");
        UI.getCurrent().navigate("deployment/" + rich.getId());
        _get(Anchor.class, spec -> spec.withText("Exporter (JSON)"));
        _get(Anchor.class, spec -> spec.withText("Exporter (CSV)"));
        UI.getCurrent().navigate("deployments");
        _get(Anchor.class, spec -> spec.withText("Tout exporter (JSON)"));

        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("deployment/" + rich.getId());
        _get(Anchor.class, spec -> spec.withText("Export (CSV)"));
    }

    /**
     * As a user does it: the export uploaded, and the question that says what it holds confirmed when one is
     * asked. True when a deployment was created.
     */
    private boolean uploadedAndConfirmed(byte[] file, LongConsumer imported) {
        boolean[] created = {false};
        ImportUploads.offer(file, UI.getCurrent(), documentReader, documentImport, id -> {
            created[0] = true;
            imported.accept(id);
        });
        com.github.mvysny.kaributesting.v10.LocatorJ._find(ConfirmDialog.class).forEach(ConfirmDialogKt::_fireConfirm);
        return created[0];
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void the_list_offers_the_import_to_who_may_create_and_an_uploaded_export_becomes_a_deployment() {
        signInAs("viewer");
        UI.getCurrent().navigate("deployments");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.upload.Upload.class)).isEmpty();
        signInAs("lead");
        UI.getCurrent().navigate("compare");
        UI.getCurrent().navigate("deployments");
        _get(com.vaadin.flow.component.upload.Upload.class);

        String copyName = TestDeployments.uniqueName("Uploaded");
        byte[] file = new String(export.json(export.document(rich.getId()).orElseThrow()), StandardCharsets.UTF_8)
                .replace(rich.getOrganisation(), copyName).getBytes(StandardCharsets.UTF_8);
        long[] opened = {-1};

        assertThat(uploadedAndConfirmed(file, id -> opened[0] = id)).isTrue();
        assertThat(deployments.find(opened[0]).orElseThrow().getOrganisation()).isEqualTo(copyName);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Déploiement « " + copyName + " » importé.");

        assertThat(uploadedAndConfirmed(file, id -> { })).as("twice").isFalse();
        assertThat(uploadedAndConfirmed("<html>".getBytes(StandardCharsets.UTF_8), id -> { }))
                .isFalse();
        byte[] cut = java.util.Arrays.copyOf(file, file.length / 2);
        assertThat(uploadedAndConfirmed(cut, id -> { })).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class)).extracting(Span::getText)
                .anyMatch(text -> text.startsWith("Rien n’a été importé : ce fichier s’arrête au milieu de l’export"));
        assertThat(deployments.summaries()).filteredOn(summary -> summary.organisation().equals(copyName)).hasSize(1);
    }

    /**
     * "country" written for "countryCode" in an export edited by hand: the page dropped the field in silence and offered to
     * import a whole-network figure that was France's, where the API refuses the same file naming the field.
     */
    @Test
    void an_uploaded_export_with_a_field_essor_does_not_know_is_refused_naming_it() {
        String copyName = TestDeployments.uniqueName("Mistyped");
        ObjectNode document = (ObjectNode) exported(rich.getId());
        ((ObjectNode) document.get("deployment")).put("organisation", copyName);
        ((ObjectNode) document.at("/measurements/0")).put("country", "FR");
        UI.getCurrent().navigate("deployments");

        UploadKt._upload(_get(Upload.class), "orange.json", DeploymentExport.JSON.writeValueAsBytes(document));
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(ConfirmDialog.class)).as("nothing offered for import").isEmpty();
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Rien n’a été importé :\nMesure n° 1, country : "
                + "Champ inconnu : vérifiez son nom (un export d’Essor, ou la documentation de l’API, liste les champs).");
        assertThat(deployments.summaries()).noneMatch(summary -> summary.organisation().equals(copyName));
    }

    @Test
    void an_uploaded_export_is_saved_only_once_the_user_has_seen_what_it_holds_and_confirmed() {
        String copyName = TestDeployments.uniqueName("Asked");
        byte[] file = new String(export.json(export.document(rich.getId()).orElseThrow()), StandardCharsets.UTF_8)
                .replace(rich.getOrganisation(), copyName).getBytes(StandardCharsets.UTF_8);
        long[] opened = {-1};

        ImportUploads.offer(file, UI.getCurrent(), documentReader, documentImport, id -> opened[0] = id);
        ConfirmDialog asked = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(asked)).isEqualTo("Importer « " + copyName + " » ?");
        assertThat(ConfirmDialogKt.getText(asked)).contains(export.document(rich.getId()).orElseThrow().measurements().size() + " mesures");
        ConfirmDialogKt._fireCancel(asked);
        assertThat(deployments.summaries()).noneMatch(summary -> summary.organisation().equals(copyName));

        ImportUploads.offer(file, UI.getCurrent(), documentReader, documentImport, id -> opened[0] = id);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(deployments.find(opened[0]).orElseThrow().getOrganisation()).isEqualTo(copyName);
    }

    @Test
    void a_refused_line_is_named_as_a_person_counts_it() {
        UI ui = UI.getCurrent();
        assertThat(ImportUploads.where("measurements[3].activeUsers", ui)).isEqualTo("Mesure n° 4, Utilisateurs actifs");
        assertThat(ImportUploads.where("events[0].date", ui)).isEqualTo("Événement n° 1, Date");
        assertThat(ImportUploads.where("deployment.organisation", ui)).isEqualTo("Organisation");
    }
}

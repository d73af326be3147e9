package fr.essor.api.rest;

import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.api.security.BodyLimit;
import fr.essor.activation.service.OutlookService;
import fr.essor.activation.service.Bucketing;
import fr.essor.activation.service.ChartPeriod;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.IntakeTerms;
import fr.essor.rollout.MeasurementDraft;
import fr.essor.rollout.MilestoneIntake;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.TimelineEntry;
import fr.essor.exchange.service.DeploymentDocument;
import fr.essor.exchange.service.DeploymentExport;
import fr.essor.exchange.service.DocumentImport;
import fr.essor.exchange.service.DocumentReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deployments for scripts: read what the pages show, push measurements, take a deployment out and bring
 * it back. Every call goes through the pages' services, so their roles, memberships, rules, chart rollup
 * and audit trail apply unchanged.
 */
@RestController
@RequestMapping(path = "/api/deployments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Deployments")
@SecurityRequirement(name = OpenApiConfig.BEARER)
class DeploymentsApi {

    /** About 25,000 measurements of a typical size (150 bytes) in one batch; other writes take 64 KB. */
    static final long BATCH_MAX_BYTES = 4 * 1024 * 1024;

    private final DeploymentService deployments;
    private final MilestoneService milestones;
    private final MilestoneIntake intake;
    private final ActivationSeriesService series;
    private final OutlookService outlook;
    private final DeploymentExport export;
    private final DocumentImport documentImport;
    private final DocumentReader documentReader;

    DeploymentsApi(DeploymentService deployments, MilestoneService milestones, MilestoneIntake intake,
                   ActivationSeriesService series, OutlookService outlook, DeploymentExport export, DocumentImport documentImport,
                   DocumentReader documentReader) {
        this.outlook = outlook;
        this.deployments = deployments;
        this.milestones = milestones;
        this.intake = intake;
        this.series = series;
        this.export = export;
        this.documentImport = documentImport;
        this.documentReader = documentReader;
    }

    @GetMapping
    @Operation(summary = "Every deployment the caller may read, with its latest figures")
    List<ApiJson.DeploymentItem> list() {
        return deployments.summaries().stream().map(ApiJson.DeploymentItem::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deployment with its latest figures")
    ApiJson.DeploymentItem read(@PathVariable long id) {
        return deployments.summary(id).map(ApiJson.DeploymentItem::of).orElseThrow(() -> new NotFound(id));
    }

    @GetMapping("/{id}/series")
    @Operation(summary = "The activation series as the chart shows it (at most 1,000 points per curve), with the projection and the pace, labelled as such")
    ApiJson.Series series(@PathVariable long id, @RequestParam(defaultValue = "MONTH") Bucketing bucketing,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        requireExists(id);
        return ApiJson.Series.of(series.series(id, new ChartPeriod(from, to), bucketing), outlook.projection(id),
                outlook.pace(id).orElse(null));
    }

    @GetMapping("/{id}/milestones")
    @Operation(summary = "The milestone log: whole-network measurements and events, newest first")
    ApiJson.Milestones milestones(@PathVariable long id) {
        requireExists(id);
        List<ApiJson.MeasurementItem> measured = new ArrayList<>();
        List<ApiJson.EventItem> happened = new ArrayList<>();
        for (TimelineEntry entry : milestones.timeline(id)) {
            switch (entry) {
                case TimelineEntry.MeasurementEntry measurement -> measured.add(ApiJson.MeasurementItem.of(measurement.milestone()));
                case TimelineEntry.EventEntry event -> happened.add(ApiJson.EventItem.of(event.milestone()));
            }
        }
        return new ApiJson.Milestones(measured, happened);
    }

    @PostMapping(path = "/{id}/measurements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Logs one measurement (member lead or admin)")
    ResponseEntity<ApiJson.MeasurementItem> push(@PathVariable long id, @RequestBody MeasurementInput input) {
        requireExists(id);
        List<Violation> unreadable = new ArrayList<>();
        MeasurementDraft draft = input.toDraft("", unreadable);
        if (!unreadable.isEmpty()) {
            throw new RuleViolationException(unreadable);
        }
        // A script's today is the server's: it has no browser to tell its time zone.
        Measurement saved = (Measurement) intake.takeOne(id, draft, IntakeTerms.refusingDuplicates(null, "API", 1));
        return ResponseEntity.created(URI.create("/api/deployments/" + id + "/milestones")).body(ApiJson.MeasurementItem.of(saved));
    }

    @PostMapping(path = "/{id}/measurements/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Logs many measurements, all or none; errors name each line as [index].field; body up to 4 MB")
    @BodyLimit(bytes = BATCH_MAX_BYTES)
    ResponseEntity<ApiJson.BatchResult> pushBatch(@PathVariable long id, @RequestBody List<MeasurementInput> inputs) {
        requireExists(id);
        if (inputs.isEmpty()) {
            // "201, saved 0" let a script whose list came out empty believe its figures were in.
            throw new RuleViolationException(List.of(Violation.of("", "api.batch.empty")));
        }
        List<Violation> unreadable = new ArrayList<>();
        List<MeasurementDraft> batch = new ArrayList<>();
        for (int line = 0; line < inputs.size(); line++) {
            batch.add(inputs.get(line).toDraft("[" + line + "].", unreadable));
        }
        IntakeTerms terms = IntakeTerms.refusingDuplicates(null, "API", batch.size());
        if (!unreadable.isEmpty()) {
            // Every line's other reasons too, so a script's author fixes the whole batch in one go; a
            // line whose date was unreadable is not told in addition that its date is missing.
            List<Violation> all = new ArrayList<>(unreadable);
            intake.refusals(id, batch, terms).stream()
                    .filter(found -> unreadable.stream().noneMatch(date -> date.field().equals(found.field())))
                    .forEach(all::add);
            throw new RuleViolationException(all);
        }
        List<ApiJson.MeasurementItem> saved = intake.takeAll(id, batch, terms).stream()
                .map(measurement -> ApiJson.MeasurementItem.of((Measurement) measurement)).toList();
        return ResponseEntity.created(URI.create("/api/deployments/" + id + "/milestones"))
                .body(new ApiJson.BatchResult(saved.size(), saved));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The deployment as one JSON document (record, measurements, events, audit trail if the caller may read it)")
    DeploymentDocument exportOne(@PathVariable long id) {
        return export.document(id).orElseThrow(() -> new NotFound(id));
    }

    @GetMapping("/export")
    @Operation(summary = "Every deployment the caller may read, as one JSON document")
    DeploymentDocument.Collection exportAll() {
        return export.all();
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recreates a deployment from an export (admin, or lead who becomes its member); all or nothing; body up to 50 MB")
    @BodyLimit(bytes = DocumentImport.MAX_BYTES)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = DeploymentDocument.class)))
    ResponseEntity<ApiJson.Imported> importOne(@RequestBody byte[] body) {
        // Read as the deployments list's upload reads it, so both refuse the same file for the same reason.
        long id = documentImport.importDocument(documentReader.read(body));
        return ResponseEntity.created(URI.create("/api/deployments/" + id)).body(new ApiJson.Imported(id));
    }

    private void requireExists(long id) {
        if (deployments.summary(id).isEmpty()) {
            throw new NotFound(id);
        }
    }

    /** A deployment that does not exist (or no longer does). */
    static final class NotFound extends RuntimeException {
        NotFound(long id) {
            super("no deployment " + id);
        }
    }
}

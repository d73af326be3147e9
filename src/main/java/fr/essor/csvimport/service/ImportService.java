package fr.essor.csvimport.service;

import fr.essor.rollout.LineOutcome;
import fr.essor.audit.domain.AuditEntry;
import fr.essor.audit.service.AuditTrail;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.ImportedRows;
import fr.essor.rollout.IntakeBatch;
import fr.essor.rollout.MilestoneIntake;
import fr.essor.security.AppRoles;
import fr.essor.security.CurrentUser;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file into a deployment. Whoever may log its milestones may preview and import; only an
 * admin undoes an import. The file is read as a stream, twice (preview, then save), so its size is not
 * bounded by memory; the save is one transaction: every saved line or none, one audit entry.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    private static final String MAY_LOG = "@milestonePermissions.mayLog(#request.deploymentId())";

    private final MilestoneIntake intake;
    private final ImportedRows importedRows;
    private final ImportRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final DeploymentService deployments;

    ImportService(MilestoneIntake intake, ImportedRows importedRows, ImportRecords records, AuditTrail audit, Clock clock,
                  DeploymentService deployments) {
        this.deployments = deployments;
        this.intake = intake;
        this.importedRows = importedRows;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file's column names; reading stops after the first line. */
    public List<String> header(InputStream input) {
        return CsvFile.header(input);
    }

    /** The export this header comes from, or {@link ImportPreset#COLUMNS} when none matches. */
    public ImportPreset recognise(List<String> header) {
        return Arrays.stream(ImportPreset.values()).filter(preset -> preset.recognises(header)).findFirst()
                .orElse(ImportPreset.COLUMNS);
    }

    /** The preset chosen last time for this deployment, when its file had the same columns. */
    public ImportPreset rememberedPreset(long deploymentId, ImportContent content, List<String> header) {
        return records.mapping(deploymentId, content)
                .filter(remembered -> fits(remembered.mapping(), header))
                .map(ImportRecords.Remembered::preset).orElseGet(() -> recognise(header));
    }

    /** The mapping remembered for this deployment if the header still has its columns, else a proposal. */
    public ColumnMapping proposeMapping(long deploymentId, ImportContent content, ImportPreset preset, List<String> header) {
        if (preset != ImportPreset.COLUMNS) {
            return preset.mappingFor(header);
        }
        return records.mapping(deploymentId, content)
                .filter(remembered -> remembered.preset() == ImportPreset.COLUMNS && fits(remembered.mapping(), header))
                .map(ImportRecords.Remembered::mapping)
                .orElseGet(() -> MappingProposal.propose(header, content));
    }

    /** Each line's outcome; the first {@code firstLines} in full, the rest counted. Nothing is saved. */
    @PreAuthorize(MAY_LOG)
    public ImportPreview preview(ImportRequest request, InputStream input, int firstLines) {
        refuseIncompleteMapping(request);
        List<LineResult> shown = new ArrayList<>();
        long[] counts = new long[LineOutcome.values().length];
        ImportPass.run(request, input, intake.preview(request.deploymentId(), request.terms()), (line, checks) -> {
            counts[line.outcome().ordinal()]++;
            if (shown.size() < firstLines) {
                shown.add(new LineResult(line.line(), checks.cells(line.record()), line.outcome(), line.reasons()));
            }
        });
        return new ImportPreview(List.copyOf(shown), counts[LineOutcome.ADDED.ordinal()], counts[LineOutcome.REPLACES.ordinal()],
                counts[LineOutcome.SKIPPED.ordinal()], counts[LineOutcome.REFUSED.ordinal()]);
    }

    /**
     * Saves every line the preview accepts, in one transaction: if anything fails, whatever the line,
     * nothing stays (the deployment is as it was). Refused and skipped lines are left out.
     *
     * @param linesRead told each line's number as it is read, for a progress bar
     */
    @Transactional
    @PreAuthorize(MAY_LOG)
    public ImportOutcome importFile(ImportRequest request, InputStream input, LongConsumer linesRead) {
        refuseIncompleteMapping(request);
        long[] importId = new long[1];
        IntakeBatch batch = intake.takeImport(request.deploymentId(), request.terms(),
                () -> importId[0] = records.start(request, CurrentUser.name(), clock.instant()));
        long[] counts = new long[LineOutcome.values().length];
        ImportPass.run(request, input, batch, ImportPass.each(line -> {
            counts[line.outcome().ordinal()]++;
            linesRead.accept(line.line());
        }));
        IntakeBatch.Written written = batch.finish();
        long saved = written.added() + written.replaced();
        if (saved == 0) {
            throw new RuleViolationException(List.of(Violation.of("file", "import.nothingToImport")));
        }
        records.finish(importId[0], saved, written.replaced(), written.firstDay(), written.lastDay());
        records.remember(request.deploymentId(), request.content(), request.preset(), request.mapping());
        audit.record(AuditEntry.Action.CREATE, AuditEntry.Subject.IMPORT, importId[0], request.deploymentId(), null,
                fields(request.fileName(), saved, written.replaced()));
        return new ImportOutcome(importId[0], saved, written.replaced(),
                counts[LineOutcome.SKIPPED.ordinal()], counts[LineOutcome.REFUSED.ordinal()]);
    }

    /** Who sees a deployment's imports: those who see its change history. */
    public boolean mayReadImports(long deploymentId) {
        return deployments.mayReadHistory(deploymentId);
    }

    /** Only an admin undoes an import. */
    public boolean mayUndo() {
        return CurrentUser.hasRole(AppRoles.ADMIN);
    }

    @PreAuthorize("@deploymentPermissions.mayReadHistory(#deploymentId)")
    public List<ImportSummary> imports(long deploymentId) {
        return records.forDeployment(deploymentId);
    }

    /**
     * Removes exactly the rows the import added and puts back the ones it replaced. Refused when some
     * of its rows were edited since (the edits would be lost) or when it was undone already.
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public void undo(long importId) {
        ImportRecords.Batch batch = records.batch(importId)
                .orElseThrow(() -> new RuleViolationException(List.of(Violation.of("import", "import.undo.gone"))));
        if (batch.undone()) {
            throw new RuleViolationException(List.of(Violation.of("import", "import.undo.already")));
        }
        long edited = importedRows.editedSince(batch.deploymentId(), importId);
        if (edited > 0) {
            throw new RuleViolationException(List.of(Violation.of("import", "import.undo.edited", edited)));
        }
        try {
            importedRows.undo(batch.deploymentId(), importId, batch.firstDay(), batch.lastDay());
        } catch (DataIntegrityViolationException takenSince) {
            throw new RuleViolationException(List.of(Violation.of("import", "import.undo.conflict")));
        }
        records.undone(importId, CurrentUser.name(), clock.instant());
        audit.record(AuditEntry.Action.DELETE, AuditEntry.Subject.IMPORT, importId, batch.deploymentId(),
                fields(batch.fileName(), batch.saved(), batch.replaced()), null);
    }

    private static void refuseIncompleteMapping(ImportRequest request) {
        List<ImportField> missing = request.mapping().missing(request.content());
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing.stream()
                    .map(field -> Violation.of(field.labelKey(), "import.mapping.missing")).toList());
        }
    }

    private static boolean fits(ColumnMapping mapping, List<String> header) {
        return !mapping.columns().isEmpty()
                && mapping.columns().values().stream().flatMap(List::stream).allMatch(header::contains);
    }

    /** What the audit trail keeps of an import, keyed by label keys as for every entry. */
    private static Map<String, @Nullable Object> fields(String fileName, long saved, long replaced) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("import.audit.file", fileName);
        fields.put("import.audit.lines", saved);
        fields.put("import.audit.replaced", replaced);
        return fields;
    }
}

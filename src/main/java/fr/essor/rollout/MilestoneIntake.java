package fr.essor.rollout;

import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.UsersToday;
import fr.essor.base.domain.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a new milestone enters Essor. The API's pushes, the JSON import and the CSV import build drafts
 * and hand them here (the form hands its edited measurement or event to {@link MilestoneService}, which checks
 * it with the same {@link MilestoneRules#refusals}); every rule is checked once, in one place: the bean
 * constraints, the deployment's and the calendar's rules in the sender's today, one case of ISO country code,
 * a day (and country, or title) given twice or already in Essor. How the accepted lines are written (JPA rows or
 * JDBC batches) is this class's choice, not the caller's.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneIntake {

    private static final String MAY_LOG = "@milestonePermissions.mayLog(#deploymentId)";

    private final DeploymentRepository deployments;
    private final MeasurementRepository measurements;
    private final RolloutEventRepository events;
    private final MilestoneConstraints constraints;
    private final Clock clock;
    private final ActivityRollup rollup;
    private final JdbcClient sql;
    private final DataSource dataSource;
    private final ApplicationEventPublisher changes;

    MilestoneIntake(DeploymentRepository deployments, MeasurementRepository measurements, RolloutEventRepository events,
                    MilestoneConstraints constraints, Clock clock, ActivityRollup rollup, JdbcClient sql, DataSource dataSource,
                    ApplicationEventPublisher changes) {
        this.deployments = deployments;
        this.measurements = measurements;
        this.events = events;
        this.constraints = constraints;
        this.clock = clock;
        this.rollup = rollup;
        this.sql = sql;
        this.dataSource = dataSource;
        this.changes = changes;
    }

    /** The sender's today: in their time zone (their browser's), or in the server's when it is not known. */
    public LocalDate today(@Nullable ZoneId usersZone) {
        return UsersToday.of(clock, usersZone);
    }

    /** Each line's outcome, as a take would give it; nothing is written and nothing is held. */
    @PreAuthorize(MAY_LOG)
    public IntakeBatch preview(long deploymentId, IntakeTerms terms) {
        return batch(deployments.require(deploymentId), terms, MilestoneWrites.NONE);
    }

    /**
     * Lines streamed into an import, inside the caller's transaction: the deployment's row is held until it
     * commits (every line is checked against its headcount), the accepted rows are written in JDBC batches tagged
     * with the import, and the caller decides whether what was written commits (nothing saved: it refuses).
     *
     * @param importRecord creates the import's own record once the deployment's row is held, and gives its id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(MAY_LOG)
    public IntakeBatch takeImport(long deploymentId, IntakeTerms terms, LongSupplier importRecord) {
        Deployment deployment = deployments.requireAndLock(deploymentId);
        // Only now: the import's record points at the deployment, and taking the row's lock after that point
        // would let two imports of one deployment wait for each other.
        long importId = importRecord.getAsLong();
        JdbcRowBatches batches = new JdbcRowBatches(dataSource, deploymentId, importId);
        return batch(deployment, terms, new MilestoneWrites.ImportBatches(batches, rollup, deploymentId));
    }

    /**
     * A batch or a document's milestones, all or none: every broken rule of every line is reported, each named
     * by its line ("[3].activeUsers"), and the change history gets one entry per kind, naming the origin.
     *
     * @return the saved milestones, measurements first, each in the order given
     */
    @Transactional
    @PreAuthorize(MAY_LOG)
    public List<Milestone> takeAll(long deploymentId, List<? extends MilestoneDraft> drafts, IntakeTerms terms) {
        return take(deploymentId, drafts, terms, true);
    }

    /** One milestone, as {@link #takeAll} takes a batch; its refusals name the fields alone ("activeUsers"). */
    @Transactional
    @PreAuthorize(MAY_LOG)
    public Milestone takeOne(long deploymentId, MilestoneDraft draft, IntakeTerms terms) {
        return take(deploymentId, List.of(draft), terms, false).getFirst();
    }

    private List<Milestone> take(long deploymentId, List<? extends MilestoneDraft> drafts, IntakeTerms terms,
                                 boolean lineNumbers) {
        Deployment deployment = deployments.requireAndLock(deploymentId);
        IntakeBatch batch = batch(deployment, terms, new MilestoneWrites.Rows(measurements, events, rollup, deploymentId));
        List<Violation> refused = offerAll(batch, drafts, lineNumbers);
        if (!refused.isEmpty()) {
            throw new RuleViolationException(refused);
        }
        IntakeBatch.Written written = batch.finish();
        if (lineNumbers) {
            announce(deploymentId, written.saved(), terms.origin());
        } else {
            // One milestone: its history entry shows its figures, as the form's does.
            Milestone saved = written.saved().getFirst();
            changes.publishEvent(new RolloutChanged(RolloutChanged.Change.CREATED,
                    saved instanceof Measurement ? RolloutChanged.Subject.MEASUREMENT : RolloutChanged.Subject.EVENT,
                    saved.getId(), deploymentId, null, saved instanceof Measurement measurement
                            ? MilestoneService.fields(measurement) : MilestoneService.fields((RolloutEvent) saved)));
        }
        return List.copyOf(written.saved());
    }

    /**
     * What {@link #takeAll} would refuse, line by line, without writing: for a caller that refuses the lines for
     * reasons of its own (an unreadable date) and should report every line's reasons at once.
     */
    @PreAuthorize(MAY_LOG)
    public List<Violation> refusals(long deploymentId, List<? extends MilestoneDraft> drafts, IntakeTerms terms) {
        return offerAll(batch(deployments.require(deploymentId), terms, MilestoneWrites.NONE), drafts, true);
    }

    private IntakeBatch batch(Deployment deployment, IntakeTerms terms, MilestoneWrites writes) {
        StoredMilestones stored = StoredMilestones.of(deployment.getId(), terms.expectedLines(), measurements, events, sql);
        return new IntakeBatch(constraints, deployment, today(terms.usersZone()), terms, stored, writes);
    }

    private static List<Violation> offerAll(IntakeBatch batch, List<? extends MilestoneDraft> drafts, boolean lineNumbers) {
        List<Violation> refused = new ArrayList<>();
        for (int line = 0; line < drafts.size(); line++) {
            IntakeBatch.Verdict verdict = batch.offer(drafts.get(line));
            if (verdict.outcome() == LineOutcome.REFUSED) {
                String prefix = lineNumbers ? "[" + line + "]." : "";
                verdict.reasons().forEach(reason -> refused.add(
                        new Violation(prefix + reason.field(), reason.messageKey(), reason.arguments())));
            }
        }
        return refused;
    }

    /** One history entry per kind for the whole batch: where it came from, how many lines, which dates. */
    private void announce(long deploymentId, List<? extends Milestone> saved, String origin) {
        for (RolloutChanged.Subject subject : List.of(RolloutChanged.Subject.MEASUREMENT, RolloutChanged.Subject.EVENT)) {
            List<? extends Milestone> ofKind = saved.stream()
                    .filter(milestone -> (milestone instanceof Measurement) == (subject == RolloutChanged.Subject.MEASUREMENT))
                    .toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            LocalDate first = ofKind.stream().map(milestone -> milestone.getDate().start()).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = ofKind.stream().map(milestone -> milestone.getDate().start()).max(LocalDate::compareTo).orElseThrow();
            Map<String, @Nullable Object> summary = new LinkedHashMap<>();
            summary.put("api.batch.origin", origin);
            summary.put("api.batch.lines", ofKind.size());
            summary.put("api.batch.first", first);
            summary.put("api.batch.last", last);
            changes.publishEvent(new RolloutChanged(RolloutChanged.Change.CREATED, subject, ofKind.getFirst().getId(),
                    deploymentId, null, summary));
        }
    }
}

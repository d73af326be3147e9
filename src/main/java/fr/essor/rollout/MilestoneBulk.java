package fr.essor.rollout;

import fr.essor.base.domain.ConstraintViolations;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RemovedMeanwhile;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.UniqueConstraint;
import fr.essor.base.domain.Violation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many milestones at once, for the API's batch push and the JSON import: every line is checked by the
 * same rules as the forms, and either all are saved in one transaction or none (each broken rule is
 * reported with the line's index in its field: "[3].activeUsers"). The chart's rollup is refreshed in
 * the same transaction, and the audit trail gets one entry per batch, not one per line.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneBulk {

    private final DeploymentRepository deployments;
    private final MeasurementRepository measurements;
    private final RolloutEventRepository events;
    private final Validator validator;
    private final Clock clock;
    private final ActivityRollup rollup;
    private final ApplicationEventPublisher changes;

    MilestoneBulk(DeploymentRepository deployments, MeasurementRepository measurements, RolloutEventRepository events,
                  Validator validator, Clock clock, ActivityRollup rollup, ApplicationEventPublisher changes) {
        this.deployments = deployments;
        this.measurements = measurements;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.rollup = rollup;
        this.changes = changes;
    }

    /** Every measurement of the deployment, per-country rows included, oldest first. */
    public List<Measurement> measurementsOf(long deploymentId) {
        return measurements.findAllOfDeployment(deploymentId);
    }

    /** Every event of the deployment, oldest first. */
    public List<RolloutEvent> eventsOf(long deploymentId) {
        return events.findAllOfDeployment(deploymentId);
    }

    /**
     * Saves new measurements, all or none; a date already taken (in Essor or earlier in the batch) is
     * refused like the form refuses it.
     *
     * @param origin what the audit entry names as the batch's origin ("API", a file name)
     * @return the saved measurements, in the batch's order
     */
    @Transactional
    @PreAuthorize("@milestonePermissions.mayLog(#deploymentId)")
    public List<Measurement> saveMeasurements(long deploymentId, List<Measurement> batch, String origin) {
        Deployment deployment = deployments.findAndLock(deploymentId).orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId));
        List<Violation> violations = violations(deployment, batch);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        batch.forEach(measurement -> measurement.setDeployment(deployment));
        List<Measurement> saved = UniqueConstraint.named(Measurement.ONE_PER_DAY_UNIQUE, MilestoneRules.DATE_TAKEN)
                .guard(() -> measurements.saveAllAndFlush(batch));
        Set<LocalDate> days = new TreeSet<>();
        saved.forEach(measurement -> days.add(measurement.getDate().start()));
        days.forEach(day -> rollup.refreshDay(deploymentId, day));
        if (!saved.isEmpty()) {
            changes.publishEvent(new RolloutChanged(RolloutChanged.Change.CREATED, RolloutChanged.Subject.MEASUREMENT, saved.getFirst().getId(), deploymentId,
                    null, summary(origin, saved.size(), days.isEmpty() ? null : ((TreeSet<LocalDate>) days).first(),
                            days.isEmpty() ? null : ((TreeSet<LocalDate>) days).last())));
        }
        return saved;
    }

    /**
     * What saving this batch would refuse, line by line ("[3].activeUsers"), without saving anything: for
     * a caller that already refuses the batch for reasons of its own (an unreadable date) and should
     * report every line's reasons at once, not one kind of mistake per attempt.
     */
    @PreAuthorize("@milestonePermissions.mayLog(#deploymentId)")
    public List<Violation> checkMeasurements(long deploymentId, List<Measurement> batch) {
        return violations(deployments.findById(deploymentId).orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId)), batch);
    }

    private List<Violation> violations(Deployment deployment, List<Measurement> batch) {
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>();
        Set<String> daysInBatch = new HashSet<>();
        for (int line = 0; line < batch.size(); line++) {
            Measurement measurement = batch.get(line);
            if (measurement.getId() != null) {
                throw new IllegalArgumentException("a batch only adds new measurements");
            }
            PartialDate date = measurement.getDate();
            boolean dayTaken = date != null && (!daysInBatch.add(date.start() + "/" + measurement.getCountryCode())
                    || measurements.existsOnDay(deployment.getId(), date.start(), measurement.getCountryCode(), -1));
            List<Violation> found = new ArrayList<>(ConstraintViolations.of(validator, measurement));
            found.addAll(MilestoneRules.checkMeasurement(measurement, deployment, dayTaken, today));
            violations.addAll(atLine(line, found));
        }
        return violations;
    }

    /** Saves new events, all or none, each checked as the event form checks it. */
    @Transactional
    @PreAuthorize("@milestonePermissions.mayLog(#deploymentId)")
    public List<RolloutEvent> saveEvents(long deploymentId, List<RolloutEvent> batch, String origin) {
        Deployment deployment = deployments.findById(deploymentId).orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId));
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>();
        for (int line = 0; line < batch.size(); line++) {
            RolloutEvent event = batch.get(line);
            if (event.getId() != null) {
                throw new IllegalArgumentException("a batch only adds new events");
            }
            List<Violation> found = new ArrayList<>(ConstraintViolations.of(validator, event));
            found.addAll(MilestoneRules.checkEvent(event, deployment, today));
            violations.addAll(atLine(line, found));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        batch.forEach(event -> event.setDeployment(deployment));
        List<RolloutEvent> saved = events.saveAllAndFlush(batch);
        if (!saved.isEmpty()) {
            TreeSet<LocalDate> days = new TreeSet<>();
            saved.forEach(event -> days.add(event.getDate().start()));
            changes.publishEvent(new RolloutChanged(RolloutChanged.Change.CREATED, RolloutChanged.Subject.EVENT, saved.getFirst().getId(), deploymentId,
                    null, summary(origin, saved.size(), days.first(), days.last())));
        }
        return saved;
    }

    private static List<Violation> atLine(int line, List<Violation> found) {
        return found.stream().map(violation -> new Violation("[" + line + "]." + violation.field(),
                violation.messageKey(), violation.arguments())).toList();
    }

    /** One audit entry for the whole batch: where it came from, how many lines, which dates. */
    private static Map<String, @Nullable Object> summary(String origin, int lines, @Nullable LocalDate first, @Nullable LocalDate last) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("api.batch.origin", origin);
        fields.put("api.batch.lines", lines);
        fields.put("api.batch.first", first);
        fields.put("api.batch.last", last);
        return fields;
    }
}

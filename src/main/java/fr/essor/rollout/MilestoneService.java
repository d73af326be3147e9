package fr.essor.rollout;

import fr.essor.base.domain.CountryCodes;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.UsersToday;
import fr.essor.base.domain.SourcedFigures;
import fr.essor.base.domain.UniqueConstraint;
import fr.essor.base.domain.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs what happened during a rollout. Every rule about milestones is checked here, and a rule that a
 * race lets past the check still ends as a {@link RuleViolationException}; a stale save or delete, or a
 * save to a deployment removed meanwhile, fails with Spring's OptimisticLockingFailureException rather
 * than overwrite. Changes need {@link MilestonePermissions}; a refused one fails with AccessDeniedException.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneService {

    private final DeploymentRepository deployments;
    private final MeasurementRepository measurements;
    private final RolloutEventRepository events;
    private final MilestoneConstraints constraints;
    private final Clock clock;
    private final ActivityRollup rollup;
    private final MilestonePermissions permissions;
    private final ApplicationEventPublisher changes;
    private final TimelinePages pages;

    MilestoneService(DeploymentRepository deployments, MeasurementRepository measurements,
                     RolloutEventRepository events, MilestoneConstraints constraints, Clock clock, ActivityRollup rollup,
                     MilestonePermissions permissions, ApplicationEventPublisher changes, TimelinePages pages) {
        this.pages = pages;
        this.permissions = permissions;
        this.events = events;
        this.deployments = deployments;
        this.measurements = measurements;
        this.changes = changes;
        this.constraints = constraints;
        this.clock = clock;
        this.rollup = rollup;
    }

    /** The whole-network measurements and the events, in the log's order ({@link TimelinePages}). */
    public List<TimelineEntry> timeline(long deploymentId) {
        return pages.whole(deploymentId);
    }

    /** One page of the log, in the order of {@link #timeline}; see {@link TimelinePages}. */
    public List<TimelineRow> timelinePage(long deploymentId, TimelineFilter filter, int offset, int limit) {
        return pages.page(deploymentId, filter, offset, limit);
    }

    public int timelineCount(long deploymentId, TimelineFilter filter) {
        return pages.count(deploymentId, filter);
    }

    /** The countries that have figures of their own in this deployment (per-country imports). */
    public List<String> timelineCountries(long deploymentId) {
        return pages.countries(deploymentId);
    }

    /** An event dated after the user's today is a planned milestone, not one that happened. */
    public boolean planned(TimelineRow.EventRow event, @Nullable ZoneId usersZone) {
        return RolloutCalendar.planned(event.date(), today(usersZone));
    }

    /** Today in the user's time zone (the browser's), or in the server's when it is not known. */
    private LocalDate today(@Nullable ZoneId usersZone) {
        return UsersToday.of(clock, usersZone);
    }

    /** Whether the signed-in user may log, edit and remove this deployment's milestones. */
    public boolean mayLog(long deploymentId) {
        return permissions.mayLog(deploymentId);
    }

    /** Every measurement of the deployment, per-country rows included, oldest first: what an export takes out. */
    public List<Measurement> allMeasurements(long deploymentId) {
        return measurements.findAllOfDeployment(deploymentId);
    }

    /** Every event of the deployment, oldest first. */
    public List<RolloutEvent> allEvents(long deploymentId) {
        return events.findAllOfDeployment(deploymentId);
    }

    public Optional<Measurement> measurement(long id) {
        return measurements.findById(id);
    }

    public Optional<RolloutEvent> event(long id) {
        return events.findById(id);
    }

    /**
     * @param usersZone the user's time zone, so "not in the future" means the user's today; null before the browser has
     *                  told it, and the server's zone stands in
     */
    @Transactional
    @PreAuthorize("@milestonePermissions.maySave(#deploymentId, #measurement)")
    public Measurement saveMeasurement(long deploymentId, Measurement measurement, @Nullable ZoneId usersZone) {
        // Its row held until the save commits: a measurement is checked against its headcount.
        Deployment deployment = deployments.requireAndLock(deploymentId);
        var date = measurement.getDate();
        Long id = measurement.getId();
        // One case of country code, as every way in writes it.
        measurement.setCountryCode(CountryCodes.canonical(measurement.getCountryCode()));
        boolean dayTaken = date != null && measurements.existsOnDay(deploymentId, date.start(),
                measurement.getCountryCode(), id == null ? -1 : id);
        List<Violation> violations = new ArrayList<>(
                MilestoneRules.refusals(constraints, measurement, deployment, dayTaken, today(usersZone)));
        @Nullable Map<String, @Nullable Object> before = id == null ? null
                : measurements.findById(id).map(MilestoneService::fields).orElse(null);
        SourcedFigures.check(before, fields(measurement), "measurement.source", SOURCED_FIGURES, "source").ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Optional<LocalDate> previousDay = id == null ? Optional.empty() : measurements.findDayOf(id);
        measurement.setDeployment(deployment);
        Measurement saved = UniqueConstraint.named(Measurement.ONE_PER_DAY_UNIQUE, MilestoneRules.DATE_TAKEN)
                .guard(() -> measurements.saveAndFlush(measurement));
        previousDay.ifPresent(day -> rollup.refreshDay(deploymentId, day));
        rollup.refreshDay(deploymentId, saved.getDate().start());
        changes.publishEvent(RolloutChanged.savedOrCreated(id == null, RolloutChanged.Subject.MEASUREMENT,
                saved.getId(), deploymentId, before, fields(saved)));
        return saved;
    }

    /** @param usersZone the user's time zone, so that the planning horizon counts from the user's today; null as above */
    @Transactional
    @PreAuthorize("@milestonePermissions.maySave(#deploymentId, #event)")
    public RolloutEvent saveEvent(long deploymentId, RolloutEvent event, @Nullable ZoneId usersZone) {
        Deployment deployment = deployments.require(deploymentId);
        Long id = event.getId();
        var date = event.getDate();
        boolean dayTaken = date != null && MilestoneRules.titleTaken(event.getTitle(),
                events.findTitlesOnDay(deploymentId, date.start(), id == null ? -1 : id));
        List<Violation> violations = MilestoneRules.refusals(constraints, event, deployment, dayTaken, today(usersZone));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        @Nullable Map<String, @Nullable Object> before = id == null ? null
                : events.findById(id).map(MilestoneService::fields).orElse(null);
        event.setDeployment(deployment);
        RolloutEvent saved = events.saveAndFlush(event);
        changes.publishEvent(RolloutChanged.savedOrCreated(id == null, RolloutChanged.Subject.EVENT,
                saved.getId(), deploymentId, before, fields(saved)));
        return saved;
    }

    @Transactional
    @PreAuthorize("@milestonePermissions.mayChange(#measurement)")
    public void deleteMeasurement(Measurement measurement) {
        Long id = measurement.getId();
        Optional<LocalDate> day = id == null ? Optional.empty() : measurements.findDayOf(id);
        long deploymentId = measurements.findDeploymentIdOf(id == null ? -1 : id).orElse(-1L);
        @Nullable Map<String, @Nullable Object> before = id == null ? null
                : measurements.findById(id).map(MilestoneService::fields).orElse(null);
        measurements.delete(measurement);
        measurements.flush();
        day.ifPresent(d -> rollup.refreshDay(deploymentId, d));
        if (before != null) {
            changes.publishEvent(new RolloutChanged(RolloutChanged.Change.DELETED, RolloutChanged.Subject.MEASUREMENT, id, deploymentId, before, null));
        }
    }

    @Transactional
    @PreAuthorize("@milestonePermissions.mayChange(#event)")
    public void deleteEvent(RolloutEvent event) {
        Long id = event.getId();
        long deploymentId = events.findDeploymentIdOf(id == null ? -1 : id).orElse(-1L);
        @Nullable Map<String, @Nullable Object> before = id == null ? null
                : events.findById(id).map(MilestoneService::fields).orElse(null);
        events.delete(event);
        events.flush();
        if (before != null) {
            changes.publishEvent(new RolloutChanged(RolloutChanged.Change.DELETED, RolloutChanged.Subject.EVENT, id, deploymentId, before, null));
        }
    }

    /** The fields an audit entry keeps, keyed by their label's translation key. */
    /** What a measurement's source vouches for: its date, place and counts, not the note. */
    private static final List<String> SOURCED_FIGURES = List.of("milestone.date", "audit.field.country",
            "measurement.activeUsers", "measurement.registeredUsers", "measurement.countriesReached",
            "measurement.professionalGroups", "measurement.personalGroups");

    static Map<String, @Nullable Object> fields(Measurement measurement) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("milestone.date", measurement.getDate() == null ? null : measurement.getDate().iso());
        fields.put("audit.field.country", measurement.getCountryCode());
        fields.put("measurement.activeUsers", measurement.getActiveUsers());
        fields.put("measurement.registeredUsers", measurement.getRegisteredUsers());
        fields.put("measurement.countriesReached", measurement.getCountriesReached());
        fields.put("measurement.professionalGroups", measurement.getProfessionalGroups());
        fields.put("measurement.personalGroups", measurement.getPersonalGroups());
        fields.put("measurement.source", measurement.getSource());
        fields.put("milestone.note", measurement.getNote());
        return fields;
    }

    static Map<String, @Nullable Object> fields(RolloutEvent event) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("milestone.date", event.getDate() == null ? null : event.getDate().iso());
        fields.put("event.kind", event.getKind());
        fields.put("event.title", event.getTitle());
        fields.put("milestone.note", event.getNote());
        return fields;
    }

}

package fr.essor.rollout;

import fr.essor.base.domain.ConstraintViolations;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.SourcedFigures;
import fr.essor.base.domain.UniqueConstraint;
import fr.essor.base.domain.Violation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import fr.essor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns every rule about deployments, whoever calls: a view today, the import and the API tomorrow; a rule
 * that a race lets past the check still ends as a {@link RuleViolationException}. A stale save or delete
 * (someone else saved or removed it first) fails with Spring's OptimisticLockingFailureException.
 * Changes need {@link DeploymentPermissions}; a refused one fails with Spring's AccessDeniedException.
 */
@Service
@Transactional(readOnly = true)
public class DeploymentService {

    private final DeploymentRepository deployments;
    private final MeasurementRepository measurements;
    private final RolloutEventRepository events;
    private final Validator validator;
    private final DeploymentPermissions permissions;
    private final ApplicationEventPublisher changes;
    private final DeploymentSummaries summaries;

    private final Clock clock;

    DeploymentService(DeploymentRepository deployments, MeasurementRepository measurements,
                      RolloutEventRepository events, Validator validator, DeploymentPermissions permissions,
                      ApplicationEventPublisher changes, DeploymentSummaries summaries, Clock clock) {
        this.clock = clock;
        this.summaries = summaries;
        this.permissions = permissions;
        this.events = events;
        this.deployments = deployments;
        this.measurements = measurements;
        this.changes = changes;
        this.validator = validator;
    }

    public List<DeploymentSummary> summaries() {
        return summaries.all();
    }

    public Optional<DeploymentSummary> summary(long id) {
        return summaries.of(id);
    }

    /** Whether the signed-in user may create deployments; views only hide what the service would refuse. */
    public boolean mayCreate() {
        return permissions.mayCreate();
    }

    /** Whether the signed-in user may edit or delete this deployment and log its milestones. */
    public boolean mayChange(long id) {
        return permissions.mayChange(id);
    }

    public Optional<Deployment> find(long id) {
        return deployments.findById(id);
    }

    /** A lead who creates a deployment becomes its member, so they may go on changing it. */
    @Transactional
    @PreAuthorize("@deploymentPermissions.maySave(#deployment)")
    public Deployment save(Deployment deployment) {
        // Kept in one canonical form, so a look-alike of an existing name is found as the duplicate it is.
        deployment.setOrganisation(OrganisationName.normalise(deployment.getOrganisation()));
        List<Violation> violations = new ArrayList<>(ConstraintViolations.of(validator, deployment));
        Long id = deployment.getId();
        // The stored deployment, its row held until this save commits, so a measurement logged meanwhile is
        // checked against what this save leaves; its values are also the audit's "before".
        @Nullable Map<String, @Nullable Object> before = id == null ? null
                : fields(deployments.requireAndLock(id));
        boolean taken = id == null
                ? deployments.existsByOrganisationIgnoreCase(deployment.getOrganisation())
                : deployments.existsByOrganisationIgnoreCaseAndIdNot(deployment.getOrganisation(), id);
        @Nullable Integer maxActive = id == null ? null : measurements.findMaxActiveUsers(id);
        @Nullable Integer maxReached = id == null ? null : measurements.findMaxCountriesReached(id);
        violations.addAll(DeploymentRules.check(deployment, taken, maxActive, maxReached, LocalDate.now(clock)));
        SourcedFigures.check(before, fields(deployment), "deployment.source", SOURCED_FIGURES, "source").ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Deployment saved = UniqueConstraint.named(Deployment.ORGANISATION_UNIQUE, DeploymentRules.organisationTaken(deployment))
                .guard(() -> deployments.saveAndFlush(deployment));
        if (id == null) {
            CurrentUser.id().ifPresent(userId -> deployments.addMember(saved.getId(), userId));
        }
        changes.publishEvent(RolloutChanged.savedOrCreated(id == null, RolloutChanged.Subject.DEPLOYMENT,
                saved.getId(), saved.getId(), before, fields(saved)));
        return saved;
    }

    public DeletionImpact impactOfDeleting(Deployment deployment) {
        long id = requireId(deployment);
        return new DeletionImpact(deployment.getOrganisation(), measurements.countByDeploymentId(id),
                events.countByDeploymentId(id));
    }

    /** Deletes the deployment with its measurements and events (the database cascades). */
    @Transactional
    @PreAuthorize("@deploymentPermissions.mayChange(#deployment.id)")
    public void delete(Deployment deployment) {
        long id = requireId(deployment);
        // What the database holds, not what the caller passed: that is what is removed.
        @Nullable Map<String, @Nullable Object> before = deployments.findById(id).map(DeploymentService::fields).orElse(null);
        if (before != null) {
            before.put("audit.field.measurements", measurements.countByDeploymentId(id));
            before.put("audit.field.events", events.countByDeploymentId(id));
        }
        deployments.delete(deployment);
        deployments.flush();
        changes.publishEvent(new RolloutChanged(RolloutChanged.Change.DELETED, RolloutChanged.Subject.DEPLOYMENT, id, id, before, null));
    }

    /** Whether the signed-in user may read this deployment's history. */
    public boolean mayReadHistory(long id) {
        return permissions.mayReadHistory(id);
    }

    /** What a deployment's source vouches for: the figures, not the notes or the rollout's own target. */
    private static final List<String> SOURCED_FIGURES = List.of("deployment.launch", "deployment.headcount",
            "deployment.countriesPresent", "deployment.countries", "deployment.professionalGroupsPct");

    private static Map<String, @Nullable Object> fields(Deployment deployment) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("deployment.organisation", deployment.getOrganisation());
        fields.put("deployment.platform", deployment.getPlatform());
        fields.put("deployment.platformName", deployment.getPlatformName());
        fields.put("deployment.launch", iso(deployment.getLaunch()));
        fields.put("deployment.headcount", deployment.getHeadcount());
        fields.put("deployment.countriesPresent", deployment.getCountriesPresent());
        fields.put("deployment.countries", String.join(" ", new java.util.TreeSet<>(deployment.getPresentCountryCodes())));
        fields.put("deployment.groupPolicy", deployment.getGroupPolicy());
        fields.put("deployment.professionalGroupsPct", deployment.getProfessionalGroupsPct());
        fields.put("deployment.targetActivationPct", deployment.getTargetActivationPct());
        fields.put("deployment.targetDate", deployment.getTargetDate());
        fields.put("deployment.notes", deployment.getNotes());
        fields.put("deployment.source", deployment.getSource());
        fields.put("deployment.referenceCase", deployment.isReferenceCase());
        return fields;
    }

    private static @Nullable String iso(@Nullable PartialDate date) {
        return date == null ? null : date.iso();
    }

    private static long requireId(Deployment deployment) {
        Long id = deployment.getId();
        if (id == null) {
            throw new IllegalArgumentException("deployment was never saved");
        }
        return id;
    }
}

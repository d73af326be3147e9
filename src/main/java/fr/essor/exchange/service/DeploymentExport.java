package fr.essor.exchange.service;

import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.audit.service.DeploymentHistory;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import fr.essor.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes deployments out: whatever a signed-in user may read (today every deployment), with the audit
 * trail only for those who may read it (its members and the admins). One read-only transaction, so
 * the document is one consistent picture.
 */
@Service
@Transactional(readOnly = true)
public class DeploymentExport {

    /** Indented and in a fixed field order, so two exports of the same data compare line by line. */
    public static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final DeploymentService deployments;
    private final DeploymentHistory history;
    private final MilestoneService milestones;
    private final Clock clock;

    DeploymentExport(DeploymentService deployments, DeploymentHistory history, MilestoneService milestones, Clock clock) {
        this.deployments = deployments;
        this.history = history;
        this.milestones = milestones;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<DeploymentDocument> document(long deploymentId) {
        return deployments.find(deploymentId).map(this::document);
    }

    @PreAuthorize("isAuthenticated()")
    public DeploymentDocument.Collection all() {
        List<DeploymentDocument> documents = new ArrayList<>();
        for (DeploymentSummary summary : deployments.summaries()) {
            deployments.find(summary.id()).map(this::document).ifPresent(documents::add);
        }
        return new DeploymentDocument.Collection(DeploymentDocument.FORMAT, clock.instant(), CurrentUser.name(), documents);
    }

    public byte[] json(Object document) {
        return JSON.writeValueAsBytes(document);
    }

    private DeploymentDocument document(Deployment deployment) {
        long id = deployment.getId();
        List<DeploymentDocument.AuditLine> audit = history.mayRead(id)
                ? history.of(id).stream().map(change -> new DeploymentDocument.AuditLine(change.changedAt(),
                        change.username(), change.action().name(), change.subject().name(), change.before(), change.after())).toList()
                : null;
        return new DeploymentDocument(DeploymentDocument.FORMAT, clock.instant(), CurrentUser.name(), record(deployment),
                milestones.allMeasurements(id).stream().map(DeploymentExport::line).toList(),
                milestones.allEvents(id).stream().map(DeploymentExport::line).toList(),
                audit);
    }

    private static DeploymentDocument.Record record(Deployment deployment) {
        return new DeploymentDocument.Record(deployment.getId(), deployment.getOrganisation(), deployment.getPlatform(),
                deployment.getPlatformName(), deployment.getLaunch() == null ? null : deployment.getLaunch().iso(), deployment.getHeadcount(),
                deployment.getCountriesPresent(), List.copyOf(deployment.getPresentCountryCodes()), deployment.getGroupPolicy(),
                deployment.getProfessionalGroupsPct(), deployment.getTargetActivationPct(), deployment.getTargetDate(),
                deployment.getNotes(), deployment.getSource(), deployment.isReferenceCase(), deployment.isDemo());
    }

    private static DeploymentDocument.MeasurementLine line(Measurement measurement) {
        return new DeploymentDocument.MeasurementLine(measurement.getId(), iso(measurement.getDate()), measurement.getCountryCode(),
                measurement.getActiveUsers(), measurement.getRegisteredUsers(), measurement.getCountriesReached(),
                measurement.getProfessionalGroups(), measurement.getPersonalGroups(), measurement.getSource(), measurement.getNote());
    }

    private static DeploymentDocument.EventLine line(RolloutEvent event) {
        return new DeploymentDocument.EventLine(event.getId(), iso(event.getDate()), event.getKind(), event.getTitle(), event.getNote());
    }

    private static String iso(@Nullable PartialDate date) {
        return date == null ? "" : date.iso();
    }
}

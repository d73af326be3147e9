package fr.essor.audit.service;

import fr.essor.rollout.DeploymentService;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed a deployment and its milestones, and how: for its members and the admins, as the rollout's
 * permissions say (the bean {@code deploymentPermissions}).
 */
@Service
@Transactional(readOnly = true)
public class DeploymentHistory {

    private static final String MAY_READ = "@deploymentPermissions.mayReadHistory(#deploymentId)";

    private final AuditTrail trail;
    private final DeploymentService deployments;

    DeploymentHistory(AuditTrail trail, DeploymentService deployments) {
        this.trail = trail;
        this.deployments = deployments;
    }

    /** The whole history, newest first. */
    @PreAuthorize(MAY_READ)
    public List<AuditRecord> of(long deploymentId) {
        return trail.forDeployment(deploymentId);
    }

    /** One page of it, newest first. */
    @PreAuthorize(MAY_READ)
    public List<AuditRecord> page(long deploymentId, int page, int pageSize) {
        return trail.forDeployment(deploymentId, page, pageSize);
    }

    /** How many changes it holds. */
    @PreAuthorize(MAY_READ)
    public int size(long deploymentId) {
        return trail.countForDeployment(deploymentId);
    }

    /** Whether the signed-in user may read it; hidden from the others rather than refused. */
    public boolean mayRead(long deploymentId) {
        return deployments.mayReadHistory(deploymentId);
    }
}

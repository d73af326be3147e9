package fr.essor.rollout;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A milestone may be changed by whoever may change its deployment, the one it is stored under (not the
 * one the caller names), so a lead cannot reach another deployment's milestone by its id.
 */
@Component("milestonePermissions")
@Transactional(readOnly = true)
public class MilestonePermissions {

    private final DeploymentPermissions deployments;
    private final MeasurementRepository measurements;
    private final RolloutEventRepository events;

    MilestonePermissions(DeploymentPermissions deployments, MeasurementRepository measurements,
                         RolloutEventRepository events) {
        this.deployments = deployments;
        this.measurements = measurements;
        this.events = events;
    }

    /** Whether the signed-in user may log milestones on this deployment (new ones, or edit its own). */
    public boolean mayLog(long deploymentId) {
        return deployments.mayChange(deploymentId);
    }

    public boolean maySave(long deploymentId, Milestone milestone) {
        if (!deployments.mayChange(deploymentId)) {
            return false;
        }
        return milestone.getId() == null || mayChange(milestone);
    }

    public boolean mayChange(Milestone milestone) {
        if (milestone.getId() == null) {
            return false;
        }
        // Removed meanwhile: nothing left to change, and the service reports the stale edit to whoever may edit.
        return storedUnder(milestone).map(deployments::mayChange).orElseGet(deployments::mayCreate);
    }

    private Optional<Long> storedUnder(Milestone milestone) {
        Long id = milestone.getId();
        if (id == null) {
            return Optional.empty();
        }
        return milestone instanceof Measurement ? measurements.findDeploymentIdOf(id) : events.findDeploymentIdOf(id);
    }
}

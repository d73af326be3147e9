package fr.essor.rollout;

import fr.essor.security.AppRoles;
import fr.essor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a deployment and its milestones: an admin any; a lead those they are a member of, except
 * the published reference cases; a viewer none. The services check it with {@code @PreAuthorize}; the
 * views ask it only to hide what would be refused. Memberships and reference flags are read at each check,
 * never kept between sessions: one taken away applies at once, on every instance (decision record 0009).
 */
@Component("deploymentPermissions")
@Transactional(readOnly = true)
public class DeploymentPermissions {

    private final DeploymentRepository deployments;

    DeploymentPermissions(DeploymentRepository deployments) {
        this.deployments = deployments;
    }

    public boolean mayCreate() {
        return CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.LEAD);
    }

    /** Saving: creating needs {@link #mayCreate()}; only an admin makes or changes a reference case. */
    public boolean maySave(Deployment deployment) {
        if (deployment.isReferenceCase() && !CurrentUser.hasRole(AppRoles.ADMIN)) {
            return false;
        }
        return deployment.getId() == null ? mayCreate() : mayChange(deployment.getId());
    }

    public boolean mayChange(@Nullable Long deploymentId) {
        if (CurrentUser.hasRole(AppRoles.ADMIN)) {
            return true;
        }
        if (deploymentId == null || !CurrentUser.hasRole(AppRoles.LEAD)) {
            return false;
        }
        var referenceCase = deployments.findReferenceCase(deploymentId);
        if (referenceCase.isEmpty()) {
            // Removed meanwhile: nothing left to change; the service reports the stale edit.
            return true;
        }
        return !referenceCase.get() && CurrentUser.id().map(userId -> isMember(deploymentId, userId)).orElse(false);
    }

    /** Its members (a lead member of a reference case included) and the admins read a deployment's history. */
    public boolean mayReadHistory(long deploymentId) {
        if (CurrentUser.hasRole(AppRoles.ADMIN)) {
            return true;
        }
        return CurrentUser.id().map(userId -> isMember(deploymentId, userId)).orElse(false);
    }

    private boolean isMember(long deploymentId, long userId) {
        return deployments.countMembership(deploymentId, userId) > 0;
    }
}

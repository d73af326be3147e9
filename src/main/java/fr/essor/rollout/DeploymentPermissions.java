package fr.essor.rollout;

import fr.essor.base.persistence.CommittedWrites;
import fr.essor.base.persistence.KeptUntilWritten;
import fr.essor.security.AppRoles;
import fr.essor.security.CurrentUser;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a deployment and its milestones: an admin any; a lead those they are a member of, except
 * the published reference cases; a viewer none. The services check it with {@code @PreAuthorize}; the
 * views ask it only to hide what would be refused.
 */
@Component("deploymentPermissions")
@Transactional(readOnly = true)
public class DeploymentPermissions {

    /** Members and reference flags kept until a write: a deployment's page asks them four to six times. */
    private static final int KEPT = 10_000;

    private record Membership(long deploymentId, long userId) {
    }

    private final DeploymentRepository deployments;
    private final KeptUntilWritten<Long, Optional<Boolean>> referenceCases;
    private final KeptUntilWritten<Membership, Boolean> memberships;

    DeploymentPermissions(DeploymentRepository deployments, CommittedWrites writes) {
        this.deployments = deployments;
        this.referenceCases = new KeptUntilWritten<>(writes, KEPT);
        this.memberships = new KeptUntilWritten<>(writes, KEPT);
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
        var referenceCase = referenceCases.get(deploymentId, () -> deployments.findReferenceCase(deploymentId));
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

    /**
     * Kept until this Essor commits a write, so a membership given or taken here applies at once. Given or
     * taken through another Essor on the same database, it applies here within ten seconds.
     */
    private boolean isMember(long deploymentId, long userId) {
        return memberships.get(new Membership(deploymentId, userId), () -> deployments.countMembership(deploymentId, userId) > 0);
    }
}

package fr.essor.rollout;

import fr.essor.security.AppRoles;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which deployments a user is a member of (may change, if a lead). The table belongs to this feature
 * (decision 0002); the admin page sets it through here, and each deployment whose members change gets an
 * entry in its own history, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class DeploymentMembers {

    static final String MEMBERS_FIELD = "audit.field.members";

    private final DeploymentRepository deployments;
    private final ApplicationEventPublisher changes;

    DeploymentMembers(DeploymentRepository deployments, ApplicationEventPublisher changes) {
        this.deployments = deployments;
        this.changes = changes;
    }

    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public Set<Long> deploymentsOf(long userId) {
        return new HashSet<>(deployments.findDeploymentIdsOfMember(userId));
    }

    /** Makes the user a member of exactly these deployments; ids of deployments removed meanwhile are skipped. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public void setDeploymentsOf(long userId, Set<Long> deploymentIds) {
        Set<Long> current = deploymentsOf(userId);
        for (long removed : difference(current, deploymentIds)) {
            change(removed, () -> deployments.removeMember(removed, userId));
        }
        for (long added : difference(deploymentIds, current)) {
            if (deployments.existsById(added)) {
                change(added, () -> deployments.addMember(added, userId));
            }
        }
    }

    private void change(long deploymentId, Runnable write) {
        Map<String, @Nullable Object> before = Map.of(MEMBERS_FIELD, String.join(", ", deployments.findMemberNames(deploymentId)));
        write.run();
        Map<String, @Nullable Object> after = Map.of(MEMBERS_FIELD, String.join(", ", deployments.findMemberNames(deploymentId)));
        changes.publishEvent(new RolloutChanged(RolloutChanged.Change.UPDATED, RolloutChanged.Subject.DEPLOYMENT, deploymentId, deploymentId, before, after));
    }

    /**
     * For the demo users at start-up, when nobody is signed in: the demo lead becomes a member of the fictitious
     * deployment, so that they may change it. Only a deployment flagged fictitious can be joined this way.
     */
    @Transactional
    public void joinFictitious(long userId, String organisation) {
        deployments.joinFictitious(userId, organisation);
    }

    private static Set<Long> difference(Set<Long> from, Set<Long> without) {
        Set<Long> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }
}

package fr.essor.rollout;

import fr.essor.base.cache.SharedCache;
import fr.essor.base.cache.SharedCaches;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every deployment's row (its own figures and the latest logged), read once for everyone until a write
 * commits: the list, the dashboard, the comparison, a deployment's page and its pace all start from these
 * rows, and each read them again at each visit. Rows are records, so sharing them is safe.
 */
@Component
class DeploymentSummaries {

    private record Rows(List<DeploymentSummary> inOrder, Map<Long, DeploymentSummary> byId) {
    }

    private final DeploymentRepository deployments;
    private final SharedCache<Boolean, Rows> kept;

    DeploymentSummaries(DeploymentRepository deployments, SharedCaches caches) {
        this.deployments = deployments;
        this.kept = caches.ofReads("deployment-summaries", 1, (Boolean all) -> read());
    }

    /** All rows, by organisation name. */
    List<DeploymentSummary> all() {
        return rows().inOrder();
    }

    Optional<DeploymentSummary> of(long deploymentId) {
        return Optional.ofNullable(rows().byId().get(deploymentId));
    }

    private Rows rows() {
        return kept.get(Boolean.TRUE);
    }

    private Rows read() {
        List<DeploymentSummary> all = List.copyOf(deployments.findAllSummaries());
        return new Rows(all, all.stream().collect(Collectors.toUnmodifiableMap(DeploymentSummary::id, Function.identity())));
    }
}

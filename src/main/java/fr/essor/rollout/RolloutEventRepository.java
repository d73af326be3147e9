package fr.essor.rollout;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RolloutEventRepository extends JpaRepository<RolloutEvent, Long> {

    /** For charts: in the order they happened, same-day events in the order they were logged. */
    @Query("select e from RolloutEvent e where e.deployment.id = :deploymentId order by e.happenedOn, e.id")
    List<RolloutEvent> findByDeploymentOldestFirst(long deploymentId);

    /** Every deployment's events at once, for pages that show all deployments (the dashboard). */
    @Query("select e from RolloutEvent e join fetch e.deployment order by e.happenedOn, e.id")
    List<RolloutEvent> findAllOldestFirst();

    long countByDeploymentId(long deploymentId);

    /** Whether the day already has an event of this title (other than the one being edited). */
    @Query("select count(e) > 0 from RolloutEvent e where e.deployment.id = :deploymentId and e.happenedOn = :day"
            + " and e.title = :title and e.id <> :exceptId")
    boolean existsSameDayAndTitle(long deploymentId, LocalDate day, String title, long exceptId);

    @Query("select e.deployment.id from RolloutEvent e where e.id = :id")
    Optional<Long> findDeploymentIdOf(long id);

    /** Every event of a deployment, oldest first: what an export takes out. */
    @Query("select e from RolloutEvent e where e.deployment.id = :deploymentId order by e.happenedOn, e.id")
    List<RolloutEvent> findAllOfDeployment(long deploymentId);
}

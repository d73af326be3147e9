package fr.essor.rollout;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RolloutEventRepository extends JpaRepository<RolloutEvent, Long> {

    /** For charts: in the order they happened, same-day events in the order they were logged. */
    @Query("select e from RolloutEvent e where e.deployment.id = :deploymentId order by e.happenedOn, e.id")
    List<RolloutEvent> findByDeploymentOldestFirst(long deploymentId);

    /** Every deployment's events at once, for pages that show all deployments (the dashboard). */
    @Query("select e from RolloutEvent e join fetch e.deployment order by e.happenedOn, e.id")
    List<RolloutEvent> findAllOldestFirst();

    long countByDeploymentId(long deploymentId);

    /**
     * The titles of the day's events (other than the one being edited): whether one names the same event is
     * {@link MilestoneRules#titleTaken}'s to say, not SQL's equality.
     */
    @Query("select e.title from RolloutEvent e where e.deployment.id = :deploymentId and e.happenedOn = :day"
            + " and e.id <> :exceptId")
    List<String> findTitlesOnDay(long deploymentId, LocalDate day, long exceptId);

    @Query("select e.deployment.id from RolloutEvent e where e.id = :id")
    Optional<Long> findDeploymentIdOf(long id);

    /** Every event of a deployment, oldest first: what an export takes out. */
    @Query("select e from RolloutEvent e where e.deployment.id = :deploymentId order by e.happenedOn, e.id")
    List<RolloutEvent> findAllOfDeployment(long deploymentId);
}

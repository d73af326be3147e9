package fr.essor.rollout;

import fr.essor.base.domain.RemovedMeanwhile;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeploymentRepository extends JpaRepository<Deployment, Long> {

    /**
     * Reads a deployment and holds its row until the transaction ends. A measurement checked against the
     * headcount and a headcount checked against the measurements both take it first, so two people
     * saving at once never both pass and leave an activation rate above 100 %.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deployment d where d.id = :id")
    Optional<Deployment> findAndLock(long id);

    /** The deployment a change is made to; removed by someone else meanwhile, the change is a stale edit. */
    default Deployment require(long id) {
        return findById(id).orElseThrow(() -> RemovedMeanwhile.of("deployment", id));
    }

    /** The same, its row held until the change commits ({@link #findAndLock}). */
    default Deployment requireAndLock(long id) {
        return findAndLock(id).orElseThrow(() -> RemovedMeanwhile.of("deployment", id));
    }

    boolean existsByOrganisationIgnoreCase(String organisation);

    boolean existsByOrganisationIgnoreCaseAndIdNot(String organisation, Long id);

    /**
     * A deployment with its latest figures, read from the daily rollup so that a deployment with years
     * of daily per-country measurements costs an indexed lookup, not a load.
     */
    String SELECT_SUMMARY = """
            select new fr.essor.rollout.DeploymentSummary(
                d.id, d.organisation, d.platform, d.platformName, d.launchDate, d.launchPrecision, d.headcount,
                d.countriesPresent, d.referenceCase,
                (select a.activeUsers from ActivityDay a where a.id.deploymentId = d.id and a.id.day =
                    (select max(b.id.day) from ActivityDay b where b.id.deploymentId = d.id and b.activeUsers is not null)),
                (select a.countriesReached from ActivityDay a where a.id.deploymentId = d.id and a.id.day =
                    (select max(b.id.day) from ActivityDay b where b.id.deploymentId = d.id and b.countriesReached is not null)),
                d.demo)
            from Deployment d
            """;

    @Query(SELECT_SUMMARY + " order by d.organisation")
    List<DeploymentSummary> findAllSummaries();

    @Query("select d.referenceCase from Deployment d where d.id = :id")
    Optional<Boolean> findReferenceCase(long id);

    /** Members are the users who may change a deployment besides the admins (table deployment_member). */
    @Query(value = "select count(*) from deployment_member where deployment_id = :deploymentId and user_id = :userId",
            nativeQuery = true)
    long countMembership(long deploymentId, long userId);

    @Modifying
    @Query(value = "insert into deployment_member (deployment_id, user_id) values (:deploymentId, :userId)",
            nativeQuery = true)
    void addMember(long deploymentId, long userId);

    /** Makes the user a member of the fictitious deployment of that name, if it exists and they are not yet. */
    @Modifying
    @Query(value = """
            insert into deployment_member (deployment_id, user_id)
            select d.id, :userId from deployment d where d.organisation = :organisation and d.demo = true
              and not exists (select 1 from deployment_member m where m.deployment_id = d.id and m.user_id = :userId)""",
            nativeQuery = true)
    void joinFictitious(long userId, String organisation);

    @Modifying
    @Query(value = "delete from deployment_member where deployment_id = :deploymentId and user_id = :userId",
            nativeQuery = true)
    void removeMember(long deploymentId, long userId);

    @Query(value = "select deployment_id from deployment_member where user_id = :userId", nativeQuery = true)
    List<Long> findDeploymentIdsOfMember(long userId);

    /** The members' user names, for the audit trail: read in SQL so this feature needs nothing of the users'. */
    @Query(value = """
            select u.username from deployment_member m join app_user u on u.id = m.user_id
            where m.deployment_id = :deploymentId order by u.username""", nativeQuery = true)
    List<String> findMemberNames(long deploymentId);
}

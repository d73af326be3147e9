package fr.essor.deployment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeploymentRepository extends JpaRepository<Deployment, Long> {

    boolean existsByOrganisationIgnoreCase(String organisation);

    boolean existsByOrganisationIgnoreCaseAndIdNot(String organisation, Long id);

    /**
     * A deployment with its latest figures, read from the daily rollup so that a deployment with years
     * of daily per-country measurements costs an indexed lookup, not a load.
     */
    String SELECT_SUMMARY = """
            select new fr.essor.deployment.domain.DeploymentSummary(
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

    @Query(SELECT_SUMMARY + " where d.id = :id")
    Optional<DeploymentSummary> findSummary(long id);
}

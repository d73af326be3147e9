package fr.essor.deployment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeploymentRepository extends JpaRepository<Deployment, Long> {

    boolean existsByOrganisationIgnoreCase(String organisation);

    boolean existsByOrganisationIgnoreCaseAndIdNot(String organisation, Long id);

    /**
     * A deployment with its latest figures, computed by the database so that a deployment with years
     * of daily measurements costs an indexed lookup, not a load.
     */
    String SELECT_SUMMARY = """
            select new fr.essor.deployment.domain.DeploymentSummary(
                d.id, d.organisation, d.platform, d.platformName, d.launchDate, d.launchPrecision, d.headcount,
                d.countriesPresent, d.referenceCase,
                (select m.activeUsers from Measurement m where m.deployment = d and m.happenedOn =
                    (select max(a.happenedOn) from Measurement a where a.deployment = d and a.activeUsers is not null)),
                (select m.countriesReached from Measurement m where m.deployment = d and m.happenedOn =
                    (select max(c.happenedOn) from Measurement c where c.deployment = d and c.countriesReached is not null)))
            from Deployment d
            """;

    @Query(SELECT_SUMMARY + " order by d.organisation")
    List<DeploymentSummary> findAllSummaries();

    @Query(SELECT_SUMMARY + " where d.id = :id")
    Optional<DeploymentSummary> findSummary(long id);
}

package fr.essor.rollout;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    /** Whether the day already has a row for this country, or for the whole network when the country is null. */
    @Query("select count(m) > 0 from Measurement m where m.deployment.id = :deploymentId and m.happenedOn = :day"
            + " and (m.countryCode = :countryCode or (m.countryCode is null and :countryCode is null)) and m.id <> :exceptId")
    boolean existsOnDay(long deploymentId, LocalDate day, @Nullable String countryCode, long exceptId);

    @Query("select max(m.activeUsers) from Measurement m where m.deployment.id = :deploymentId")
    @Nullable Integer findMaxActiveUsers(long deploymentId);

    @Query("select max(m.countriesReached) from Measurement m where m.deployment.id = :deploymentId")
    @Nullable Integer findMaxCountriesReached(long deploymentId);

    long countByDeploymentId(long deploymentId);

    @Query("select m.deployment.id from Measurement m where m.id = :id")
    Optional<Long> findDeploymentIdOf(long id);

    @Query("select m.happenedOn from Measurement m where m.id = :id")
    Optional<LocalDate> findDayOf(long id);

    /** Every measurement of a deployment, per-country rows included, oldest first: what an export takes out. */
    @Query("select m from Measurement m where m.deployment.id = :deploymentId order by m.happenedOn, m.countryCode nulls first, m.id")
    List<Measurement> findAllOfDeployment(long deploymentId);
}

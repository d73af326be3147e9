package fr.essor.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** {@link Pageable#unpaged()} for the whole history (the deployment's export). */
    @Query("select a from AuditEntry a where a.deploymentId = :deploymentId order by a.changedAt desc, a.id desc")
    List<AuditEntry> findByDeploymentNewestFirst(long deploymentId, Pageable page);

    long countByDeploymentId(long deploymentId);

    /** Everyone who ever changed something, accounts removed since included: the trail outlives them. */
    @Query("select distinct a.username from AuditEntry a order by a.username")
    List<String> findUsernames();
}

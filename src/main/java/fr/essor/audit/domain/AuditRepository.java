package fr.essor.audit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("select a from AuditEntry a where a.deploymentId = :deploymentId order by a.changedAt desc, a.id desc")
    List<AuditEntry> findByDeploymentNewestFirst(long deploymentId);
}

package fr.essor.rollout;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows an import added, tagged with it: how many were edited since, and its undo. Only inside the caller's
 * transaction, whose caller checks who may undo and writes the history entry for the whole import.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ImportedRows {

    private final DeploymentRepository deployments;
    private final JdbcClient sql;
    private final ActivityRollup rollup;

    ImportedRows(DeploymentRepository deployments, JdbcClient sql, ActivityRollup rollup) {
        this.deployments = deployments;
        this.sql = sql;
        this.rollup = rollup;
    }

    /** How many of the rows an import added were edited since: an undo would lose those edits. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long editedSince(long deploymentId, long importId) {
        return sql.sql("select (select count(*) from measurement where deployment_id = :deployment and import_id = :id"
                        + " and version > 0) + (select count(*) from rollout_event where import_id = :id and version > 0)")
                .param("deployment", deploymentId).param("id", importId).query(Long.class).single();
    }

    /**
     * Removes exactly the rows the import added and puts back the rows it replaced, ids included; the deployment's
     * row is held first, as for any change to its milestones.
     */
    public void undo(long deploymentId, long importId, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
        deployments.requireAndLock(deploymentId);
        sql.sql("delete from measurement where deployment_id = :deployment and import_id = :id")
                .param("deployment", deploymentId).param("id", importId).update();
        sql.sql("delete from rollout_event where import_id = :id").param("id", importId).update();
        sql.sql("insert into measurement (" + JdbcRowBatches.MEASUREMENT_COLUMNS + ", import_id) select "
                        + JdbcRowBatches.MEASUREMENT_COLUMNS + ", origin_import_id from import_replaced_measurement where import_id = :id")
                .param("id", importId).update();
        sql.sql("insert into rollout_event (" + JdbcRowBatches.EVENT_COLUMNS + ", import_id) select "
                        + JdbcRowBatches.EVENT_COLUMNS + ", origin_import_id from import_replaced_event where import_id = :id")
                .param("id", importId).update();
        sql.sql("delete from import_replaced_measurement where import_id = :id").param("id", importId).update();
        sql.sql("delete from import_replaced_event where import_id = :id").param("id", importId).update();
        if (firstDay != null && lastDay != null) {
            rollup.refreshDays(deploymentId, firstDay, lastDay);
        }
    }
}

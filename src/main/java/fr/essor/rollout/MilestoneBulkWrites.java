package fr.essor.rollout;

import fr.essor.base.domain.RemovedMeanwhile;
import fr.essor.base.domain.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones' side of a bulk import: the same rules as {@link MilestoneService}, but rows written in
 * JDBC batches, tagged with the import that added them, and the rollup refreshed once for the days the
 * import touched rather than once per row. Only inside the caller's transaction, whose caller checks
 * {@link MilestonePermissions#mayLog} and writes one audit entry for the whole import.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class MilestoneBulkWrites {

    private final DeploymentRepository deployments;
    private final JdbcClient sql;
    private final DataSource dataSource;
    private final ActivityRollup rollup;

    MilestoneBulkWrites(DeploymentRepository deployments, JdbcClient sql, DataSource dataSource, ActivityRollup rollup) {
        this.deployments = deployments;
        this.sql = sql;
        this.dataSource = dataSource;
        this.rollup = rollup;
    }

    /** The deployment, its row held until the import commits: every line is checked against its headcount. */
    public Deployment lockDeployment(long deploymentId) {
        return deployments.findAndLock(deploymentId).orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId));
    }

    /** The deployment as stored, for a preview (nothing is written, so nothing is held). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Deployment deployment(long deploymentId) {
        return deployments.findById(deploymentId).orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId));
    }

    /**
     * The form's rules for a measurement, except "date taken", which the import decides itself. Static: pure
     * code, called once per line, so it must not pass through this bean's transactional proxy each time.
     */
    public static List<Violation> check(Measurement measurement, Deployment deployment, LocalDate today) {
        return MilestoneRules.checkMeasurement(measurement, deployment, false, today);
    }

    public static List<Violation> check(RolloutEvent event, Deployment deployment, LocalDate today) {
        return MilestoneRules.checkEvent(event, deployment, today);
    }

    /** Each stored measurement's day and country (null: the whole network), streamed. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void forEachMeasurementKey(long deploymentId, BiConsumer<LocalDate, @Nullable String> key) {
        sql.sql("select happened_on, country_code from measurement where deployment_id = :deployment")
                .param("deployment", deploymentId)
                .query(row -> {
                    key.accept(row.getObject(1, LocalDate.class), row.getString(2));
                });
    }

    /** Each stored event's day and title, streamed. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void forEachEventKey(long deploymentId, BiConsumer<LocalDate, String> key) {
        sql.sql("select happened_on, title from rollout_event where deployment_id = :deployment")
                .param("deployment", deploymentId)
                .query(row -> {
                    key.accept(row.getObject(1, LocalDate.class), row.getString(2));
                });
    }

    /** Batched writes of one import's rows; close it (or {@link BulkInserts#flush()}) before reading them. */
    public BulkInserts inserts(long deploymentId, long importId) {
        return new BulkInserts(dataSource, deploymentId, importId);
    }

    /** The rollup of every day from..to, once, after the rows are written. */
    public void refreshRollup(long deploymentId, LocalDate from, LocalDate to) {
        rollup.refreshDays(deploymentId, from, to);
    }

    /** How many of the rows an import added were edited since: an undo would lose those edits. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long editedSince(long deploymentId, long importId) {
        return sql.sql("select (select count(*) from measurement where deployment_id = :deployment and import_id = :id"
                        + " and version > 0) + (select count(*) from rollout_event where import_id = :id and version > 0)")
                .param("deployment", deploymentId).param("id", importId).query(Long.class).single();
    }

    /** Removes exactly the rows the import added and puts back the rows it replaced, ids included. */
    public void undo(long deploymentId, long importId, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
        sql.sql("delete from measurement where deployment_id = :deployment and import_id = :id")
                .param("deployment", deploymentId).param("id", importId).update();
        sql.sql("delete from rollout_event where import_id = :id").param("id", importId).update();
        sql.sql("insert into measurement (" + BulkInserts.MEASUREMENT_COLUMNS + ", import_id) select "
                        + BulkInserts.MEASUREMENT_COLUMNS + ", origin_import_id from import_replaced_measurement where import_id = :id")
                .param("id", importId).update();
        sql.sql("insert into rollout_event (" + BulkInserts.EVENT_COLUMNS + ", import_id) select "
                        + BulkInserts.EVENT_COLUMNS + ", origin_import_id from import_replaced_event where import_id = :id")
                .param("id", importId).update();
        sql.sql("delete from import_replaced_measurement where import_id = :id").param("id", importId).update();
        sql.sql("delete from import_replaced_event where import_id = :id").param("id", importId).update();
        if (firstDay != null && lastDay != null) {
            rollup.refreshDays(deploymentId, firstDay, lastDay);
        }
    }
}

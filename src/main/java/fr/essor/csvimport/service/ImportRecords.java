package fr.essor.csvimport.service;

import fr.essor.base.cache.SharedCache;
import fr.essor.base.cache.SharedCaches;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The import's own tables: one row per import (import_batch) and the mapping remembered per deployment. */
@Component
class ImportRecords {

    /** A deployment's imports until a write commits: its page lists them at each visit. */
    private static final int DEPLOYMENTS_KEPT = 2_000;

    private final JdbcClient sql;
    private final SharedCache<Long, List<ImportSummary>> kept;

    ImportRecords(JdbcClient sql, SharedCaches caches) {
        this.sql = sql;
        this.kept = caches.ofReads("imports", DEPLOYMENTS_KEPT, (Long deploymentId) -> List.copyOf(read(deploymentId)));
    }

    long start(ImportRequest request, String username, Instant now) {
        var keys = new GeneratedKeyHolder();
        sql.sql("""
                        insert into import_batch (version, deployment_id, content, file_name, preset, lines_accepted,
                                                  rows_replaced, imported_by, imported_at)
                        values (0, :deployment, :content, :file, :preset, 0, 0, :who, :at)""")
                .param("deployment", request.deploymentId()).param("content", request.content().name())
                .param("file", fileName(request.fileName())).param("preset", request.preset().name())
                .param("who", username).param("at", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finish(long importId, long saved, long replaced, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
        sql.sql("""
                        update import_batch set lines_accepted = :saved, rows_replaced = :replaced,
                               first_day = :first, last_day = :last where id = :id""")
                .param("saved", saved).param("replaced", replaced).param("first", firstDay).param("last", lastDay)
                .param("id", importId).update();
    }

    record Batch(long deploymentId, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay, boolean undone,
                 String fileName, long saved, long replaced) {
    }

    Optional<Batch> batch(long importId) {
        return sql.sql("select deployment_id, first_day, last_day, undone_at, file_name, lines_accepted, rows_replaced"
                        + " from import_batch where id = :id")
                .param("id", importId)
                .query((row, n) -> new Batch(row.getLong(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class),
                        row.getTimestamp(4) != null, row.getString(5), row.getLong(6), row.getLong(7)))
                .optional();
    }

    void undone(long importId, String username, Instant now) {
        sql.sql("update import_batch set undone_by = :who, undone_at = :at, version = version + 1 where id = :id")
                .param("who", username).param("at", Timestamp.from(now)).param("id", importId).update();
    }

    List<ImportSummary> forDeployment(long deploymentId) {
        return kept.get(deploymentId);
    }

    private List<ImportSummary> read(long deploymentId) {
        return sql.sql("""
                        select id, file_name, content, preset, lines_accepted, rows_replaced, imported_by, imported_at,
                               undone_by, undone_at
                        from import_batch where deployment_id = :deployment order by imported_at desc, id desc""")
                .param("deployment", deploymentId)
                .query((row, n) -> new ImportSummary(row.getLong(1), row.getString(2), ImportContent.valueOf(row.getString(3)),
                        ImportPreset.valueOf(row.getString(4)), row.getLong(5), row.getLong(6), row.getString(7),
                        row.getTimestamp(8).toInstant(), row.getString(9),
                        row.getTimestamp(10) == null ? null : row.getTimestamp(10).toInstant()))
                .list();
    }

    record Remembered(ImportPreset preset, ColumnMapping mapping) {
    }

    Optional<Remembered> mapping(long deploymentId, ImportContent content) {
        return sql.sql("select preset, columns_chosen from import_mapping where deployment_id = :deployment and content = :content")
                .param("deployment", deploymentId).param("content", content.name())
                .query((row, n) -> new Remembered(ImportPreset.valueOf(row.getString(1)), ColumnMapping.decoded(row.getString(2))))
                .optional();
    }

    void remember(long deploymentId, ImportContent content, ImportPreset preset, ColumnMapping mapping) {
        sql.sql("delete from import_mapping where deployment_id = :deployment and content = :content")
                .param("deployment", deploymentId).param("content", content.name()).update();
        sql.sql("insert into import_mapping (deployment_id, content, preset, columns_chosen) values (:deployment, :content, :preset, :columns)")
                .param("deployment", deploymentId).param("content", content.name()).param("preset", preset.name())
                .param("columns", mapping.encoded()).update();
    }

    private static String fileName(String name) {
        String shown = name.isBlank() ? "?" : name;
        return shown.length() <= ImportRequest.FILE_NAME_MAX_LENGTH ? shown : shown.substring(0, ImportRequest.FILE_NAME_MAX_LENGTH);
    }
}

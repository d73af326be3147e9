package fr.essor.base.persistence.crash;

import fr.essor.TestRollup;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a restarted Essor must show after a crash: every acknowledged write, nothing half-written (the
 * daily rollup is what the measurements give: rebuilding it changes nothing), and a new deployment gets
 * an id of its own.
 */
public record RestartCheck(int acknowledged, int found, int alsoCommitted, List<String> missing,
                           int rollupDaysWrong, boolean newDeploymentSaved) {

    public boolean nothingLost() {
        return found == acknowledged && rollupDaysWrong == 0 && newDeploymentSaved;
    }

    @Override
    public String toString() {
        return acknowledged + " acknowledged, " + found + " found"
                + (alsoCommitted > 0 ? " (+" + alsoCommitted + " committed as the process died, never acknowledged)" : "")
                + (missing.isEmpty() ? "" : "; missing, e.g. " + missing.subList(0, Math.min(5, missing.size())))
                + "; rollup " + (rollupDaysWrong == 0 ? "agrees with the measurements" : "wrong on " + rollupDaysWrong + " days")
                + "; new deployment " + (newDeploymentSaved ? "saved" : "NOT saved");
    }

    public static RestartCheck of(ApplicationContext essor, Path journal) throws IOException {
        List<AcknowledgedWrite> writes = readJournal(journal);
        JdbcClient sql = essor.getBean(JdbcClient.class);
        int found = 0;
        int stored = 0;
        List<String> missing = new ArrayList<>();
        List<Long> deploymentIds = writes.stream().map(AcknowledgedWrite::deploymentId).distinct().toList();
        for (long deploymentId : deploymentIds) {
            Map<String, Integer> rows = new HashMap<>();
            sql.sql("select happened_on, country_code, active_users from measurement where deployment_id = ?")
                    .param(deploymentId)
                    .query((rs, n) -> rows.put(key(rs.getObject(1, LocalDate.class), rs.getString(2)), rs.getInt(3)))
                    .list();
            stored += rows.size();
            for (AcknowledgedWrite write : writes.stream().filter(w -> w.deploymentId() == deploymentId).toList()) {
                if (Objects.equals(rows.get(key(write.day(), write.countryCode())), write.activeUsers())) {
                    found++;
                } else {
                    missing.add(write.line());
                }
            }
        }
        return new RestartCheck(writes.size(), found, stored - found, missing, rollupDaysWrong(sql, deploymentIds),
                newDeploymentSaved(essor.getBean(DeploymentService.class)));
    }

    private static String key(LocalDate day, String countryCode) {
        return day + "/" + countryCode;
    }

    /** Rebuilds the rollup from the measurements and counts the days of these deployments that changed. */
    private static int rollupDaysWrong(JdbcClient sql, List<Long> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return 0;
        }
        String days = "select deployment_id, on_day, day_precision, active_users, countries_reached from activity_day"
                + " where deployment_id in (:ids) order by deployment_id, on_day";
        List<List<Object>> before = sql.sql(days).param("ids", deploymentIds).query((rs, n) -> row(rs)).list();
        TestRollup.rebuild(sql);
        List<List<Object>> after = sql.sql(days).param("ids", deploymentIds).query((rs, n) -> row(rs)).list();
        List<List<Object>> changed = new ArrayList<>(after);
        changed.removeAll(before);
        List<List<Object>> gone = new ArrayList<>(before);
        gone.removeAll(after);
        return changed.size() + gone.size();
    }

    private static List<Object> row(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            row.add(String.valueOf(rs.getObject(i)));
        }
        return row;
    }

    private static boolean newDeploymentSaved(DeploymentService deployments) {
        Deployment deployment = new Deployment();
        deployment.setOrganisation("After the crash " + UUID.randomUUID());
        deployment.setHeadcount(10);
        try {
            deployments.save(deployment);
            return true;
        } catch (RuntimeException refused) {
            System.out.println("a new deployment could not be saved after the restart: " + refused);
            return false;
        }
    }

    private static List<AcknowledgedWrite> readJournal(Path journal) throws IOException {
        String text = Files.exists(journal) ? Files.readString(journal, StandardCharsets.UTF_8) : "";
        // A line without its newline was being written when the process died: it was never acknowledged.
        int end = text.lastIndexOf('\n') + 1;
        return text.substring(0, end).lines().filter(line -> !line.isBlank()).map(AcknowledgedWrite::parse).toList();
    }
}

package fr.essor.rollout;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the deployment already holds, for the intake's "already in Essor": asked row by row for a few lines, or
 * read once into bits for many (a file of a million lines must not send a million queries).
 */
interface StoredMilestones {

    /** Past this many lines, the deployment's days are read once rather than asked for line by line. */
    int ASKED_LINE_BY_LINE_UP_TO = 1_000;

    boolean hasMeasurement(LocalDate day, @Nullable String country);

    boolean hasEvent(LocalDate day, String title);

    static StoredMilestones of(long deploymentId, long expectedLines, MeasurementRepository measurements,
                               RolloutEventRepository events, JdbcClient sql) {
        if (expectedLines >= 0 && expectedLines <= ASKED_LINE_BY_LINE_UP_TO) {
            return new StoredMilestones() {
                @Override
                public boolean hasMeasurement(LocalDate day, @Nullable String country) {
                    return measurements.existsOnDay(deploymentId, day, country, -1);
                }

                @Override
                public boolean hasEvent(LocalDate day, String title) {
                    return MilestoneRules.titleTaken(title, events.findTitlesOnDay(deploymentId, day, -1));
                }
            };
        }
        DayKeys keys = new DayKeys();
        sql.sql("select happened_on, country_code from measurement where deployment_id = :deployment")
                .param("deployment", deploymentId)
                .query(row -> {
                    keys.addMeasurement(row.getObject(1, LocalDate.class), row.getString(2));
                });
        sql.sql("select happened_on, title from rollout_event where deployment_id = :deployment")
                .param("deployment", deploymentId)
                .query(row -> {
                    keys.addEvent(row.getObject(1, LocalDate.class), row.getString(2));
                });
        return new StoredMilestones() {
            @Override
            public boolean hasMeasurement(LocalDate day, @Nullable String country) {
                return keys.hasMeasurement(day, country);
            }

            @Override
            public boolean hasEvent(LocalDate day, String title) {
                return keys.hasEvent(day, title);
            }
        };
    }
}

package fr.essor.rollout;

import fr.essor.base.domain.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How the intake writes what it accepts, its own choice: nothing for a preview; JPA rows for a batch or a
 * document, whose callers answer with the new ids; JDBC batches for an import, whose rows are tagged with it so
 * an undo finds them, and whose million lines must not sit in a persistence context.
 */
interface MilestoneWrites {

    void add(Milestone milestone, boolean replacing);

    /** Sends what is left and refreshes the rollup of the days written; the saved rows when they are known. */
    List<? extends Milestone> finish(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay);

    MilestoneWrites NONE = new MilestoneWrites() {
        @Override
        public void add(Milestone milestone, boolean replacing) {
        }

        @Override
        public List<? extends Milestone> finish(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
            return List.of();
        }
    };

    /** JPA rows, all saved at the end: a refused line found later leaves nothing half-written. */
    final class Rows implements MilestoneWrites {

        private final MeasurementRepository measurements;
        private final RolloutEventRepository events;
        private final ActivityRollup rollup;
        private final long deploymentId;
        private final List<Measurement> newMeasurements = new ArrayList<>();
        private final List<RolloutEvent> newEvents = new ArrayList<>();

        Rows(MeasurementRepository measurements, RolloutEventRepository events, ActivityRollup rollup, long deploymentId) {
            this.measurements = measurements;
            this.events = events;
            this.rollup = rollup;
            this.deploymentId = deploymentId;
        }

        @Override
        public void add(Milestone milestone, boolean replacing) {
            if (replacing) {
                throw new IllegalArgumentException("only an import replaces rows: its undo puts them back");
            }
            switch (milestone) {
                case Measurement measurement -> newMeasurements.add(measurement);
                case RolloutEvent event -> newEvents.add(event);
                default -> throw new IllegalArgumentException(milestone.getClass().getName());
            }
        }

        @Override
        public List<? extends Milestone> finish(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
            List<Milestone> saved = new ArrayList<>(UniqueConstraint.named(Measurement.ONE_PER_DAY_UNIQUE, MilestoneRules.DATE_TAKEN)
                    .guard(() -> measurements.saveAllAndFlush(newMeasurements)));
            saved.addAll(events.saveAllAndFlush(newEvents));
            // A few days scattered over years: each refreshed alone, not every day between them.
            TreeSet<LocalDate> days = new TreeSet<>();
            newMeasurements.forEach(measurement -> days.add(measurement.getDate().start()));
            days.forEach(day -> rollup.refreshDay(deploymentId, day));
            return saved;
        }
    }

    /** JDBC batches tagged with their import; the rollup refreshed once for the span the import touched. */
    final class ImportBatches implements MilestoneWrites {

        private final JdbcRowBatches batches;
        private final ActivityRollup rollup;
        private final long deploymentId;
        private boolean measurementsWritten;

        ImportBatches(JdbcRowBatches batches, ActivityRollup rollup, long deploymentId) {
            this.batches = batches;
            this.rollup = rollup;
            this.deploymentId = deploymentId;
        }

        @Override
        public void add(Milestone milestone, boolean replacing) {
            switch (milestone) {
                case Measurement measurement -> {
                    batches.add(measurement, replacing);
                    measurementsWritten = true;
                }
                case RolloutEvent event -> batches.add(event, replacing);
                default -> throw new IllegalArgumentException(milestone.getClass().getName());
            }
        }

        @Override
        public List<? extends Milestone> finish(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
            batches.close();
            if (measurementsWritten && firstDay != null && lastDay != null) {
                rollup.refreshDays(deploymentId, firstDay, lastDay);
            }
            return List.of();
        }
    }
}

package fr.essor.rollout;

import fr.essor.base.domain.Violation;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One way in's lines, offered one at a time: each gets its outcome at once (added, replaces, skipped, refused
 * with its reasons), checked by the same rules whichever way it came. A preview writes nothing; a take writes
 * what it accepts, as {@link MilestoneIntake} chose, along the way or when the batch is finished.
 */
public final class IntakeBatch {

    /** What became of one line; the reasons name fields as the forms do ("activeUsers", "date"). */
    public record Verdict(LineOutcome outcome, List<Violation> reasons) {

        static final Verdict ADDED = new Verdict(LineOutcome.ADDED, List.of());
    }

    /** What a closed batch wrote. */
    public record Written(long added, long replaced, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
                          List<? extends Milestone> saved) {
    }

    private final MilestoneConstraints constraints;
    private final Deployment deployment;
    private final LocalDate today;
    private final IntakeTerms terms;
    private final StoredMilestones stored;
    private final MilestoneWrites writes;
    private final DayKeys earlier = new DayKeys();
    private long added;
    private long replaced;
    private @Nullable LocalDate firstDay;
    private @Nullable LocalDate lastDay;

    IntakeBatch(MilestoneConstraints constraints, Deployment deployment, LocalDate today, IntakeTerms terms, StoredMilestones stored,
                MilestoneWrites writes) {
        this.constraints = constraints;
        this.deployment = deployment;
        this.today = today;
        this.terms = terms;
        this.stored = stored;
        this.writes = writes;
    }

    public Verdict offer(MilestoneDraft draft) {
        return switch (draft) {
            case MeasurementDraft measurement -> offer(measurement);
            case EventDraft event -> offer(event);
        };
    }

    private Verdict offer(MeasurementDraft draft) {
        Measurement measurement = draft.toMeasurement();
        List<Violation> broken = MilestoneRules.refusals(constraints, measurement, deployment, false, today);
        if (!broken.isEmpty()) {
            return refused(broken);
        }
        LocalDate day = measurement.getDate().start();
        String country = measurement.getCountryCode();
        if (!earlier.addMeasurement(day, country)) {
            return refused(List.of(MilestoneRules.EARLIER_MEASUREMENT));
        }
        return accepted(measurement, day, stored.hasMeasurement(day, country), MilestoneRules.DATE_TAKEN);
    }

    private Verdict offer(EventDraft draft) {
        RolloutEvent event = draft.toEvent();
        List<Violation> broken = MilestoneRules.refusals(constraints, event, deployment, false, today);
        if (!broken.isEmpty()) {
            return refused(broken);
        }
        LocalDate day = event.getDate().start();
        if (!earlier.addEvent(day, event.getTitle())) {
            return refused(List.of(MilestoneRules.EARLIER_EVENT));
        }
        return accepted(event, day, stored.hasEvent(day, event.getTitle()), MilestoneRules.EVENT_TAKEN);
    }

    private Verdict accepted(Milestone milestone, LocalDate day, boolean inEssor, Violation taken) {
        if (inEssor) {
            switch (terms.duplicates()) {
                case REFUSE -> {
                    return refused(List.of(taken));
                }
                case SKIP -> {
                    return new Verdict(LineOutcome.SKIPPED, List.of(Violation.of("date", "import.line.inEssor.skipped")));
                }
                case REPLACE -> {
                    write(milestone, day, true);
                    return new Verdict(LineOutcome.REPLACES, List.of(Violation.of("date", "import.line.inEssor.replaces")));
                }
            }
        }
        write(milestone, day, false);
        return Verdict.ADDED;
    }

    private void write(Milestone milestone, LocalDate day, boolean replacing) {
        milestone.setDeployment(deployment);
        writes.add(milestone, replacing);
        if (replacing) {
            replaced++;
        } else {
            added++;
        }
        firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
        lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
    }

    private static Verdict refused(List<Violation> reasons) {
        return new Verdict(LineOutcome.REFUSED, reasons);
    }

    /** Writes what is left to write, refreshes the chart's rollup for the days touched, and says what was written. */
    public Written finish() {
        List<? extends Milestone> saved = writes.finish(firstDay, lastDay);
        return new Written(added, replaced, firstDay, lastDay, saved);
    }
}

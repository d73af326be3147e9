package fr.essor.rollout;

import fr.essor.base.domain.DeclaredConstraints;
import fr.essor.base.domain.Violation;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The bean constraints declared on measurements and events, read once and checked on every line of every way in. */
@Component
class MilestoneConstraints {

    private final DeclaredConstraints<Measurement> measurements;
    private final DeclaredConstraints<RolloutEvent> events;

    MilestoneConstraints(Validator validator) {
        this.measurements = DeclaredConstraints.of(validator, Measurement.class);
        this.events = DeclaredConstraints.of(validator, RolloutEvent.class);
    }

    List<Violation> of(Measurement measurement) {
        return measurements.check(measurement);
    }

    List<Violation> of(RolloutEvent event) {
        return events.check(event);
    }
}

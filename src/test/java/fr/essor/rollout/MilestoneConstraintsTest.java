package fr.essor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.ConstraintViolations;
import fr.essor.base.domain.PartialDate;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The intake checks a million lines with the constraints read once from the entities; it must refuse exactly what
 * the validator refuses, for the same reasons in the same order, or a file's line and the form would disagree.
 */
class MilestoneConstraintsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private final MilestoneConstraints constraints = new MilestoneConstraints(VALIDATOR);
    private final Random random = new Random(24);

    @Test
    void measurements_are_refused_for_what_the_validator_refuses() {
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            Measurement measurement = new MeasurementDraft(PartialDate.ofDay(LocalDate.of(2024, 1, 1)),
                    pick("FR", "fr", "ZZ", "", "  de ", null), count(), count(), count(), count(), count(),
                    text(Measurement.SOURCE_MAX_LENGTH), text(Measurement.NOTE_MAX_LENGTH)).toMeasurement();
            var expected = ConstraintViolations.of(VALIDATOR, measurement);
            assertThat(constraints.of(measurement)).as(measurement.getCountryCode() + " " + measurement.getActiveUsers())
                    .isEqualTo(expected);
            refused += expected.isEmpty() ? 0 : 1;
        }
        assertThat(refused).as("the lines tried include refused ones").isBetween(1_000, 4_999);
    }

    @Test
    void events_are_refused_for_what_the_validator_refuses() {
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            RolloutEvent event = new EventDraft(PartialDate.ofDay(LocalDate.of(2024, 1, 1)),
                    random.nextBoolean() ? EventKind.LAUNCH : null, pick("Go live", "", "   ", text(RolloutEvent.TITLE_MAX_LENGTH)),
                    text(RolloutEvent.NOTE_MAX_LENGTH)).toEvent();
            var expected = ConstraintViolations.of(VALIDATOR, event);
            assertThat(constraints.of(event)).isEqualTo(expected);
            refused += expected.isEmpty() ? 0 : 1;
        }
        assertThat(refused).isBetween(1_000, 4_999);
    }

    private Integer count() {
        return random.nextInt(4) == 0 ? null : random.nextInt(-3, 1_000);
    }

    private String text(int max) {
        int length = random.nextInt(4) == 0 ? max + 1 : random.nextInt(max + 1);
        return random.nextInt(5) == 0 ? null : "x".repeat(length);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}

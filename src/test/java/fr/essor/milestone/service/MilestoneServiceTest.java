package fr.essor.milestone.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.milestone.domain.Measurement;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What the service accepts and refuses when it logs a measurement. */
@SpringBootTest
class MilestoneServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 17);

    @Autowired
    MilestoneService milestones;
    @Autowired
    TestDeployments testDeployments;

    private static Measurement measurement(@Nullable String countryCode, int activeUsers) {
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofDay(DAY));
        measurement.setCountryCode(countryCode);
        measurement.setActiveUsers(activeUsers);
        return measurement;
    }

    @Test
    void a_country_figure_may_share_its_day_with_the_whole_network_but_not_with_the_same_country() {
        long id = testDeployments.create(5_000, null).getId();
        milestones.saveMeasurement(id, measurement(null, 900));

        milestones.saveMeasurement(id, measurement("FR", 400));

        assertThatThrownBy(() -> milestones.saveMeasurement(id, measurement("FR", 410)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::messageKey).containsExactly("measurement.date.taken"));
    }
}

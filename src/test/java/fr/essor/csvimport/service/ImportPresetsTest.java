package fr.essor.csvimport.service;

import fr.essor.rollout.DuplicateChoice;
import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each platform's export, as its documentation describes it (src/test/resources/imports), is recognised
 * from its header and imported without a mapping, active users taken from the column the preset says.
 */
@SpringBootTest
@WithUserDetails("admin")
class ImportPresetsTest {

    @Autowired
    ImportService imports;
    @Autowired
    MilestoneService milestones;
    @Autowired
    TestDeployments testDeployments;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, preset, lines, first day, its active users, its registered users (-1: none)
            "viva-engage-user-counts.csv,   VIVA_ENGAGE, 7, 2025-06-24, 397,  -1",
            "slack-analytics-overview.csv,  SLACK,       4, 2025-06-01, 402,  820",
            "workplace-insights-people.csv, WORKPLACE,   3, 2023-05-01, 912,  1840",
            "jive-user-adoption-chart.csv,  JIVE,        4, 2019-03-01, 2875, 4310"})
    void each_preset_reads_its_platforms_export(String file, ImportPreset preset, int lines, LocalDate firstDay,
                                                int activeUsers, int registeredUsers) throws IOException {
        long deploymentId = testDeployments.create(10_000, null).getId();
        List<String> header;
        try (InputStream in = sample(file)) {
            header = imports.header(in);
        }
        assertThat(imports.recognise(header)).isEqualTo(preset);
        ImportRequest request = new ImportRequest(deploymentId, file, ImportContent.MEASUREMENTS, preset,
                imports.proposeMapping(deploymentId, ImportContent.MEASUREMENTS, preset, header), DuplicateChoice.REFUSE);

        ImportOutcome outcome;
        try (InputStream in = sample(file)) {
            outcome = imports.importFile(request, in, line -> { });
        }

        assertThat(outcome.saved()).isEqualTo(lines);
        Measurement first = milestones.timeline(deploymentId).stream().map(TimelineEntry::milestone)
                .map(Measurement.class::cast).filter(m -> m.getDate().start().equals(firstDay)).findFirst().orElseThrow();
        assertThat(first.getActiveUsers()).isEqualTo(activeUsers);
        assertThat(first.getRegisteredUsers()).isEqualTo(registeredUsers < 0 ? null : registeredUsers);
        assertThat(first.getSource()).isEqualTo(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Report Period,Read,Report Date,Posted,Liked,Report Refresh Date | VIVA_ENGAGE",
            "Weekly active members,Date,Daily active people,Total members | SLACK"})
    void a_header_missing_none_of_its_columns_is_recognised_in_any_order(String header, ImportPreset preset) {
        assertThat(imports.recognise(List.of(header.split(",")))).isEqualTo(preset);
    }

    @Test
    void a_leads_own_file_with_common_column_names_is_not_taken_for_an_export() {
        // Read as Jive's, each row would count the thirty days before it; the lead may still choose Jive.
        List<String> header = List.of("Date", "Active Users", "Registered Users");

        assertThat(imports.recognise(header)).isEqualTo(ImportPreset.COLUMNS);
        assertThat(ImportPreset.JIVE.fits(header)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Report Date,Read,Posted", "Date,Active users"})
    void a_header_missing_a_column_is_left_to_the_user_to_map(String header) {
        assertThat(imports.recognise(List.of(header.split(",")))).isEqualTo(ImportPreset.COLUMNS);
    }

    private static InputStream sample(String file) {
        return ImportPresetsTest.class.getResourceAsStream("/imports/" + file);
    }
}

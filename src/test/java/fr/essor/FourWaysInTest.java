package fr.essor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.essor.base.domain.IsoPartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.csvimport.service.ColumnMapping;
import fr.essor.csvimport.service.ImportContent;
import fr.essor.csvimport.service.ImportPreset;
import fr.essor.csvimport.service.ImportPreview;
import fr.essor.csvimport.service.ImportRequest;
import fr.essor.csvimport.service.ImportService;
import fr.essor.csvimport.service.LineResult;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DuplicateChoice;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.RolloutEvent;
import fr.essor.exchange.service.DeploymentDocument;
import fr.essor.exchange.service.DocumentImport;
import fr.essor.exchange.service.DocumentReader;
import fr.essor.user.service.ApiTokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same bad lines through every way a milestone comes in (the form, the API, the JSON import, the CSV import)
 * are refused for the same reasons, by their bundle keys: a lead who gets "active users above the headcount" from
 * the form must not see a file's line with the same figures accepted, or refused for another reason.
 *
 * <p>Each way gets the line in its own shape (the form's bean as its binder fills it, the API's JSON, an export's
 * line, a CSV line) on a deployment of 1,000 people. The clock stands at 25 November 2026, 12:00 UTC, and the
 * person is in Kiritimati (UTC+14), where it is already the 26th: their today counts wherever they tell it (the
 * form, both imports from the browser); a script tells none, and the server's today stands in.
 */
@SpringBootTest
class FourWaysInTest {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final String ALREADY_LOGGED = "2025-01-15";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Way { FORM, API, JSON_IMPORT, CSV_IMPORT }

    /** A measurement line, in no way's own shape yet; null for what the line does not give. */
    record Line(String date, @Nullable String country, @Nullable Integer active, @Nullable Integer registered) {

        static Line of(String date, @Nullable Integer active) {
            return new Line(date, null, active, null);
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    MilestoneService milestones;
    @Autowired
    ImportService imports;
    @Autowired
    DocumentImport documents;
    @Autowired
    DocumentReader reader;
    @Autowired
    JdbcClient sql;

    MockMvc api;
    String token;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        token = as(() -> tokens.create("four ways in", null).clearValue());
    }

    static Stream<Arguments> badMeasurements() {
        return Stream.of(
                Arguments.of("more active users than people", Line.of("2025-03-01", 1500),
                        Set.of("measurement.activeUsers.aboveHeadcount")),
                Arguments.of("a date before 1990", Line.of("1985-01-01", 10), Set.of("milestone.date.tooEarly")),
                Arguments.of("a negative count", Line.of("2025-03-02", -5), Set.of("validation.atLeast")),
                Arguments.of("a country that is not an ISO code", new Line("2025-03-03", "ZZ", 10, null),
                        Set.of("validation.countryCode")),
                Arguments.of("no figure at all", Line.of("2025-03-04", null), Set.of("measurement.figure.required")),
                Arguments.of("a date in everyone's future", Line.of("2026-12-01", 10), Set.of("milestone.date.future")),
                Arguments.of("more active than registered users", new Line("2025-03-05", null, 50, 40),
                        Set.of("measurement.activeUsers.aboveRegistered")),
                Arguments.of("a day Essor already has", Line.of(ALREADY_LOGGED, 10), Set.of("measurement.date.taken")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMeasurements")
    void every_way_in_refuses_a_bad_measurement_for_the_same_reasons(String what, Line line, Set<String> expected) {
        for (Way way : Way.values()) {
            if (way == Way.JSON_IMPORT && line.date().equals(ALREADY_LOGGED)) {
                continue; // an import creates its deployment: nothing is there before it
            }
            assertThat(refusals(way, List.of(line))).as(way + " refuses " + what).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysThatTakeManyAtOnce")
    void the_same_day_twice_in_one_go_is_refused_alike_on_its_second_line(Way way) {
        assertThat(refusals(way, List.of(Line.of("2025-04-01", 10), new Line("2025-04-01", null, 12, null))))
                .isEqualTo(Set.of("intake.earlierLine.measurement"));
    }

    static Stream<Way> waysThatTakeManyAtOnce() {
        return Stream.of(Way.API, Way.JSON_IMPORT, Way.CSV_IMPORT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysThatKnowTheUsersDay")
    void the_users_today_is_not_the_future_and_a_country_code_is_kept_in_one_case(Way way) {
        long deploymentId = take(way, List.of(new Line("2026-11-26", "fr", 10, null)));

        assertThat(sql.sql("select country_code from measurement where deployment_id = ? and happened_on = ?")
                .param(deploymentId).param(java.time.LocalDate.of(2026, 11, 26)).query(String.class).list()).as(way + " keeps the user's today, in capitals").containsExactly("FR");
    }

    static Stream<Way> waysThatKnowTheUsersDay() {
        return Stream.of(Way.FORM, Way.JSON_IMPORT, Way.CSV_IMPORT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysThatTakeEvents")
    void an_event_too_long_or_already_logged_is_refused_alike(Way way) {
        String tooLong = "x".repeat(RolloutEvent.TITLE_MAX_LENGTH + 1);
        assertThat(eventRefusals(way, List.of(tooLong), false)).as("a title too long").isEqualTo(Set.of("validation.tooLong"));
        if (way != Way.JSON_IMPORT) {
            assertThat(eventRefusals(way, List.of("Go live"), true)).as("the same title on a day that has it")
                    .isEqualTo(Set.of("event.date.taken"));
        }
        if (way != Way.FORM) {
            assertThat(eventRefusals(way, List.of("Wave 1", "Wave 1"), false)).as("twice in one go")
                    .isEqualTo(Set.of("intake.earlierLine.event"));
        }
    }

    /**
     * "Go live" and " GO   live" on one day are one event told twice: a title differing only by case or spaces was taken
     * as a new event, and the chart showed the launch twice.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("waysThatTakeEvents")
    void a_title_differing_only_by_case_or_spaces_is_the_same_event(Way way) {
        if (way != Way.JSON_IMPORT) {
            assertThat(eventRefusals(way, List.of(" GO   live "), true)).as("beside the logged \"Go live\"")
                    .isEqualTo(Set.of("event.date.taken"));
        }
        if (way != Way.FORM) {
            assertThat(eventRefusals(way, List.of("Wave 1", "WAVE  1"), false)).as("twice in one go")
                    .isEqualTo(Set.of("intake.earlierLine.event"));
        }
    }

    /**
     * A field Essor does not know ("country" for "countryCode") is refused, never dropped, by both ways that read JSON:
     * dropped, it turned a figure for France into a whole-network one. The document is read as the list's upload and
     * the API's import both read it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("waysThatReadJson")
    void a_field_essor_does_not_know_is_refused_alike_never_dropped(Way way) {
        String line = "{\"date\": \"2025-03-01\", \"country\": \"FR\", \"activeUsers\": 10}";
        Set<String> keys;
        try {
            switch (way) {
                case API -> throughTheApiAsSent("[" + line + "]");
                case JSON_IMPORT -> refusedAs(() -> as(() -> documents.importDocument(reader.read(("""
                        {"format": 1, "deployment": {"organisation": "%s", "headcount": 1000, "referenceCase": false, "demo": false},
                         "measurements": [%s], "events": []}""".formatted(TestDeployments.uniqueName("Imported"), line))
                        .getBytes(StandardCharsets.UTF_8)), KIRITIMATI)));
                default -> throw new IllegalArgumentException(way + " reads no JSON");
            }
            keys = Set.of();
        } catch (Refused refused) {
            keys = refused.keys;
        }

        assertThat(keys).isEqualTo(Set.of("api.field.unknown"));
    }

    static Stream<Way> waysThatReadJson() {
        return Stream.of(Way.API, Way.JSON_IMPORT);
    }

    /** A document refused for its measurements was refused again, once fixed, for its events: both are told at once. */
    @org.junit.jupiter.api.Test
    void an_export_with_a_bad_measurement_and_a_bad_event_is_refused_for_both() {
        Set<String> keys;
        try {
            throughAnExport(List.of(Line.of("2025-03-01", 1500)), List.of("x".repeat(RolloutEvent.TITLE_MAX_LENGTH + 1)));
            keys = Set.of();
        } catch (Refused refused) {
            keys = refused.keys;
        }

        assertThat(keys).isEqualTo(Set.of("measurement.activeUsers.aboveHeadcount", "validation.tooLong"));
    }

    static Stream<Way> waysThatTakeEvents() {
        return Stream.of(Way.FORM, Way.JSON_IMPORT, Way.CSV_IMPORT);
    }

    /** The bundle keys of every reason the way gives for refusing the lines; empty when it took them. */
    private Set<String> refusals(Way way, List<Line> lines) {
        try {
            take(way, lines);
            return Set.of();
        } catch (Refused refused) {
            return refused.keys;
        }
    }

    /** @return the deployment the lines went into */
    private long take(Way way, List<Line> lines) {
        return switch (way) {
            case FORM -> throughTheForm(lines);
            case API -> throughTheApi(lines);
            case JSON_IMPORT -> throughAnExport(lines, List.of());
            case CSV_IMPORT -> throughACsvFile(lines);
        };
    }

    private long aDeploymentWithADayLogged() {
        return as(() -> {
            Deployment deployment = testDeployments.create(1000, 10);
            testDeployments.measure(deployment, IsoPartialDate.parse(ALREADY_LOGGED).orElseThrow(), 5);
            testDeployments.event(deployment, IsoPartialDate.parse(ALREADY_LOGGED).orElseThrow(), EventKind.LAUNCH, "Go live");
            return deployment.getId();
        });
    }

    /** As the measurement form's binder fills its bean and the form saves it, one line at a time. */
    private long throughTheForm(List<Line> lines) {
        long deploymentId = aDeploymentWithADayLogged();
        for (Line line : lines) {
            Measurement measurement = new Measurement();
            measurement.setDate(IsoPartialDate.parse(line.date()).orElseThrow());
            measurement.setCountryCode(line.country());
            measurement.setActiveUsers(line.active());
            measurement.setRegisteredUsers(line.registered());
            refusedAs(() -> as(() -> milestones.saveMeasurement(deploymentId, measurement, KIRITIMATI)));
        }
        return deploymentId;
    }

    private long throughTheApi(List<Line> lines) {
        List<String> items = lines.stream().map(line -> "{\"date\": \"" + line.date() + "\""
                + (line.country() == null ? "" : ", \"countryCode\": \"" + line.country() + "\"")
                + (line.active() == null ? "" : ", \"activeUsers\": " + line.active())
                + (line.registered() == null ? "" : ", \"registeredUsers\": " + line.registered()) + "}").toList();
        return throughTheApiAsSent("[" + String.join(", ", items) + "]");
    }

    private long throughTheApiAsSent(String batch) {
        long deploymentId = aDeploymentWithADayLogged();
        try {
            var response = api.perform(post("/api/deployments/" + deploymentId + "/measurements/batch")
                    .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content(batch)).andReturn().getResponse();
            if (response.getStatus() >= 400) {
                JsonNode problem = JSON.readTree(response.getContentAsString());
                Set<String> keys = new TreeSet<>();
                problem.get("errors").forEach(error -> keys.add(error.get("code").asString()));
                throw new Refused(keys);
            }
        } catch (Refused refused) {
            throw refused;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return deploymentId;
    }

    private long throughAnExport(List<Line> lines, List<String> eventTitles) {
        var record = new DeploymentDocument.Record(null, TestDeployments.uniqueName("Imported"), null, null, null, 1000, 10,
                null, null, null, null, null, null, null, false, false);
        var measurements = lines.stream().map(line -> new DeploymentDocument.MeasurementLine(null, line.date(), line.country(),
                line.active(), line.registered(), null, null, null, null, null)).toList();
        var events = eventTitles.stream().map(title -> new DeploymentDocument.EventLine(null, "2025-02-01", EventKind.TRAINING_WAVE,
                title, null)).toList();
        var document = new DeploymentDocument(DeploymentDocument.FORMAT, null, null, record, measurements, events, null);
        return refusedAs(() -> as(() -> documents.importDocument(document, KIRITIMATI)));
    }

    private long throughACsvFile(List<Line> lines) {
        StringBuilder csv = new StringBuilder("Date,Active users,Registered users,Country\n");
        lines.forEach(line -> csv.append(line.date()).append(',').append(text(line.active())).append(',')
                .append(text(line.registered())).append(',').append(line.country() == null ? "" : line.country()).append('\n'));
        return throughCsv(csv.toString(), ImportContent.MEASUREMENTS);
    }

    private long throughCsv(String csv, ImportContent content) {
        long deploymentId = aDeploymentWithADayLogged();
        as(() -> {
            List<String> header = imports.header(input(csv));
            ColumnMapping mapping = imports.proposeMapping(deploymentId, content, ImportPreset.COLUMNS, header);
            ImportRequest request = new ImportRequest(deploymentId, "usage.csv", content, ImportPreset.COLUMNS, mapping,
                    DuplicateChoice.REFUSE, KIRITIMATI);
            ImportPreview preview = imports.preview(request, input(csv), 100);
            Set<String> keys = new TreeSet<>();
            for (LineResult line : preview.firstLines()) {
                line.reasons().stream().map(Violation::messageKey).forEach(keys::add);
            }
            if (preview.refused() > 0) {
                throw new Refused(keys);
            }
            return imports.importFile(request, input(csv), read -> { });
        });
        return deploymentId;
    }

    /** Events: through the event form, an export, or a CSV file of events. */
    private Set<String> eventRefusals(Way way, List<String> titles, boolean onTheLoggedDay) {
        String day = onTheLoggedDay ? ALREADY_LOGGED : "2025-02-01";
        try {
            switch (way) {
                case FORM -> {
                    long deploymentId = aDeploymentWithADayLogged();
                    for (String title : titles) {
                        RolloutEvent event = new RolloutEvent();
                        event.setDate(IsoPartialDate.parse(day).orElseThrow());
                        event.setKind(EventKind.LAUNCH);
                        event.setTitle(title);
                        refusedAs(() -> as(() -> milestones.saveEvent(deploymentId, event, KIRITIMATI)));
                    }
                }
                case JSON_IMPORT -> throughAnExport(List.of(), titles);
                case CSV_IMPORT -> {
                    StringBuilder csv = new StringBuilder("Date,Event type,Title\n");
                    titles.forEach(title -> csv.append(day).append(",LAUNCH,").append(title).append('\n'));
                    throughCsv(csv.toString(), ImportContent.EVENTS);
                }
                case API -> throw new IllegalArgumentException("the API takes no events");
            }
            return Set.of();
        } catch (Refused refused) {
            return refused.keys;
        }
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    private static ByteArrayInputStream input(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A way's refusal, by the bundle keys of its reasons. */
    private static final class Refused extends RuntimeException {

        final Set<String> keys;

        Refused(Set<String> keys) {
            super(keys.toString());
            this.keys = keys;
        }
    }

    private static <T> T refusedAs(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuleViolationException refused) {
            List<String> keys = new ArrayList<>();
            refused.violations().forEach(violation -> keys.add(violation.messageKey()));
            throw new Refused(new TreeSet<>(keys));
        }
    }

    /** Signed in as an admin for the work, then anonymous again, as a request starts. */
    private <T> T as(Supplier<T> work) {
        UserDetails admin = accounts.loadUserByUsername("admin");
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            TestSecurityContextHolder.clearContext();
        }
    }
}

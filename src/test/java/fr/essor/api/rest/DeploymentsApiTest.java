package fr.essor.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.essor.TestDeployments;
import fr.essor.rollout.Deployment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API through its real security chain: who may call what, and how bad input is answered. A
 * member lead pushes; a viewer or a lead who is not a member is refused whatever the figures.
 */
@SpringBootTest
class DeploymentsApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiFixture fixture;
    @Autowired
    JdbcClient sql;

    MockMvc api;
    String leadToken;
    Deployment leads;
    Deployment admins;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        leadToken = fixture.tokenOf("lead");
        leads = fixture.deploymentOf("lead");
        admins = fixture.deploymentOf("admin");
    }

    private static MockHttpServletRequestBuilder push(long deploymentId, String token, String json) {
        return post("/api/deployments/" + deploymentId + "/measurements").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static MockHttpServletRequestBuilder pushBatch(long deploymentId, String token, String json) {
        return post("/api/deployments/" + deploymentId + "/measurements/batch").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private long measurementsOf(Deployment deployment) {
        return sql.sql("select count(*) from measurement where deployment_id = ?").param(deployment.getId()).query(Long.class).single();
    }

    @Test
    void a_member_lead_pushes_a_measurement_that_the_chart_shows_at_once() throws Exception {
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2026-03", "activeUsers": 120, "source": "Viva Engage"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.date").value("2026-03"))
                .andExpect(jsonPath("$.activeUsers").value(120));

        api.perform(get("/api/deployments/" + leads.getId() + "/series").param("bucketing", "EACH_MEASUREMENT")
                        .header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeUsers[0].date").value("2026-03"))
                .andExpect(jsonPath("$.activeUsers[0].plottedOn").value("2026-03-16"))
                .andExpect(jsonPath("$.activeUsers[0].value").value(120))
                .andExpect(jsonPath("$.activeUsers[0].ratePct").value(12.0))
                .andExpect(jsonPath("$.activeUsers[0].source").value("Viva Engage"));
    }

    @Test
    void a_viewer_cannot_push_403() throws Exception {
        String viewerToken = fixture.tokenOf("viewer");

        api.perform(push(leads.getId(), viewerToken, """
                        {"date": "2026-03-01", "activeUsers": 10}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        assertThat(measurementsOf(leads)).isZero();
    }

    @Test
    void a_lead_who_is_not_a_member_cannot_push_403() throws Exception {
        api.perform(pushBatch(admins.getId(), leadToken, """
                        [{"date": "2026-03-01", "activeUsers": 10}]"""))
                .andExpect(status().isForbidden());
        assertThat(measurementsOf(admins)).isZero();
    }

    @Test
    void a_viewer_reads_every_deployment_and_its_series_and_milestones() throws Exception {
        String viewerToken = fixture.tokenOf("viewer");

        api.perform(get("/api/deployments").header("Authorization", "Bearer " + viewerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organisation", hasItem(leads.getOrganisation())))
                .andExpect(jsonPath("$[*].organisation", hasItem(admins.getOrganisation())));
        api.perform(get("/api/deployments/" + admins.getId()).header("Authorization", "Bearer " + viewerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.headcount").value(1000));
        api.perform(get("/api/deployments/" + admins.getId() + "/milestones").header("Authorization", "Bearer " + viewerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measurements").isArray());
    }

    @Test
    void the_series_carries_the_projection_and_the_pace_labelled_as_such() throws Exception {
        long demo = sql.sql("select id from deployment where organisation = 'Groupe Démo'").query(Long.class).single();

        api.perform(get("/api/deployments/" + demo + "/series").header("Authorization", "Bearer " + fixture.tokenOf("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projection.kind").value("projection"))
                .andExpect(jsonPath("$.projection.status").value("DRAWN"))
                .andExpect(jsonPath("$.projection.levelsOffBelowTarget").value(true))
                // The page's details say 3.1 points a month over the last three months (37.7 % to 47.1 %).
                .andExpect(jsonPath("$.projection.recentGainPointsPerMonth").value(3.1))
                .andExpect(jsonPath("$.projection.fastestGainPointsPerMonth").isNumber())
                .andExpect(jsonPath("$.projection.points.length()").value(24))
                .andExpect(jsonPath("$.projection.points[*].projected", everyItem(is(true))))
                .andExpect(jsonPath("$.pace.monthSinceLaunch").value(11))
                .andExpect(jsonPath("$.pace.ratePct").value(47.1))
                .andExpect(jsonPath("$.pace.casesNearThatMonth[?(@.organisation == 'Air France-KLM Cargo')].approximate",
                        everyItem(is(true))))
                .andExpect(jsonPath("$.pace.casesNearThatMonth[*].organisation", hasItem("Carlson Wagonlit Travel")))
                .andExpect(jsonPath("$.pace.casesNearThatMonth[*].organisation", not(hasItem("Groupe Démo"))));
        long orange = sql.sql("select id from deployment where organisation = 'Orange'").query(Long.class).single();
        api.perform(get("/api/deployments/" + orange + "/series").header("Authorization", "Bearer " + fixture.tokenOf("viewer")))
                .andExpect(jsonPath("$.projection.status").value("NOT_ENOUGH_HISTORY"))
                .andExpect(jsonPath("$.projection.leftOutYearOnly").value(1));
    }

    @Test
    void an_unknown_deployment_is_404_as_a_problem() throws Exception {
        api.perform(get("/api/deployments/987654321").header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.perform(get("/api/nothing-here").header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("no such address")));
    }

    /** DELETE on a deployment that exists said "This deployment does not exist": it is a method the API lacks. */
    @Test
    void a_method_the_address_does_not_take_is_405_with_the_methods_it_takes() throws Exception {
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/deployments/" + leads.getId())
                        .header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(sql.sql("select count(*) from deployment where id = ?").param(leads.getId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_broken_rule_is_a_400_problem_naming_the_field_and_the_reason() throws Exception {
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2026-03-01", "activeUsers": 5000}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("activeUsers"))
                .andExpect(jsonPath("$.errors[0].code").value("measurement.activeUsers.aboveHeadcount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1,000")));
        assertThat(measurementsOf(leads)).isZero();
    }

    @Test
    void the_reason_is_in_french_when_the_caller_asks_for_french() throws Exception {
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "tomorrow", "activeUsers": 10}""").header("Accept-Language", "fr-FR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Date illisible")));
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_its_place_in_the_batch() throws Exception {
        api.perform(pushBatch(leads.getId(), leadToken, """
                        [{"date": "2026-03-01", "activeUsers": 10}, {"date": "2026-03-02", "activeUsers": "many"}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[1].activeUsers"));
    }

    /** "country" for "countryCode" was dropped in silence and a whole-network figure saved (201). */
    @Test
    void a_mistyped_field_is_refused_with_a_400_naming_it_and_nothing_is_saved() throws Exception {
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2026-03-01", "activeUsers": 10, "country": "FR"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown field: check its name (an Essor export, or the API documentation, lists the fields)."));
        api.perform(pushBatch(leads.getId(), leadToken, """
                        [{"date": "2026-03-01", "activeUsers": 10}, {"date": "2026-03-02", "activeUser": 12}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[1].activeUser"));
        assertThat(measurementsOf(leads)).isZero();
    }

    /** A count with decimals was cut to its whole part and saved (12.5 became 12): refused instead, as the form and import do. */
    @Test
    void a_count_with_decimals_is_refused_not_rounded() throws Exception {
        for (String count : List.of("12.5", "1e2")) {
            api.perform(push(leads.getId(), leadToken, """
                            {"date": "2026-03-01", "activeUsers": %s}""".formatted(count)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("activeUsers"))
                    .andExpect(jsonPath("$.errors[0].message").value("Enter a whole number, for example 1,230."));
        }
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2026-03-01", "activeUsers": 99999999999999999999}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activeUsers"))
                .andExpect(jsonPath("$.errors[0].message").value("This number has too many digits for a headcount or a count."));
        assertThat(measurementsOf(leads)).isZero();
    }

    @Test
    void a_batch_is_all_or_nothing() throws Exception {
        api.perform(pushBatch(leads.getId(), leadToken, """
                        [{"date": "2026-01-01", "activeUsers": 10},
                         {"date": "2026-02-01", "activeUsers": 20},
                         {"date": "2026-03-01", "activeUsers": -1}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[2].activeUsers"));
        assertThat(measurementsOf(leads)).isZero();
        assertThat(sql.sql("select count(*) from activity_day where deployment_id = ?").param(leads.getId()).query(Long.class).single()).isZero();

        api.perform(pushBatch(leads.getId(), leadToken, """
                        [{"date": "2026-01-01", "activeUsers": 10},
                         {"date": "2026-02-01", "activeUsers": 20},
                         {"date": "2026-03-01", "activeUsers": 30}]"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.saved").value(3));
        assertThat(measurementsOf(leads)).isEqualTo(3);
    }

    /** An empty batch was answered 201 "saved 0": a script whose list came out empty believed its figures were in. */
    @Test
    void an_empty_batch_is_a_400_saying_there_is_nothing_to_create() throws Exception {
        api.perform(pushBatch(leads.getId(), leadToken, "[]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("api.batch.empty"))
                .andExpect(jsonPath("$.errors[0].message").value("The batch holds no measurement: nothing was created."));
        assertThat(measurementsOf(leads)).isZero();
    }

    @Test
    void a_push_in_another_type_than_json_is_a_415_naming_json_not_a_missing_deployment() throws Exception {
        api.perform(post("/api/deployments/" + leads.getId() + "/measurements").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.TEXT_PLAIN).content("date=2026-03&activeUsers=10"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Accept", containsString("application/json")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.perform(post("/api/nowhere").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        assertThat(measurementsOf(leads)).isZero();
    }

    @Test
    void a_batch_with_an_unreadable_date_reports_every_lines_reasons_at_once() throws Exception {
        api.perform(pushBatch(leads.getId(), leadToken, """
                        [{"date": "31/02/2026", "activeUsers": 10},
                         {"date": "2026-02-01", "activeUsers": -20},
                         {"date": "2026-03-01", "activeUsers": 30}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("[0].date"))
                .andExpect(jsonPath("$.errors[1].field").value("[1].activeUsers"));
        assertThat(measurementsOf(leads)).isZero();
    }

    @Test
    void a_batch_shows_on_the_chart_at_once_and_is_one_audit_entry() throws Exception {
        api.perform(pushBatch(leads.getId(), leadToken, """
                        [{"date": "2026-01-01", "activeUsers": 10}, {"date": "2026-02-01", "activeUsers": 20}]"""))
                .andExpect(status().isCreated());

        assertThat(sql.sql("select active_users from activity_day where deployment_id = ? order by on_day")
                .param(leads.getId()).query(Integer.class).list()).containsExactly(10, 20);
        List<String> entries = sql.sql("select username || ' ' || action || ' ' || subject || ' ' || after_values from audit_entry"
                + " where deployment_id = ? and subject = 'MEASUREMENT'").param(leads.getId()).query(String.class).list();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst()).startsWith("lead CREATE MEASUREMENT").contains("\"api.batch.lines\":\"2\"")
                .contains("\"api.batch.origin\":\"API\"");
    }

    @Test
    void a_date_already_logged_is_a_409_and_so_is_the_same_date_twice_in_a_batch() throws Exception {
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2026-03-01", "activeUsers": 10}""")).andExpect(status().isCreated());

        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2026-03-01", "activeUsers": 11}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].code").value("measurement.date.taken"));
        api.perform(pushBatch(leads.getId(), leadToken, """
                        [{"date": "2026-04-01", "activeUsers": 10}, {"date": "2026-04-01", "activeUsers": 12}]"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("[1].date"));
        assertThat(measurementsOf(leads)).isEqualTo(1);
    }

    @Test
    void the_api_is_stateless_and_sets_no_session_cookie() throws Exception {
        api.perform(get("/api/deployments").header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
    }

    @Test
    void an_export_imports_back_through_the_api_once_and_a_second_time_is_a_409() throws Exception {
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2025", "activeUsers": 100, "source": "Annual report"}""")).andExpect(status().isCreated());
        String document = api.perform(get("/api/deployments/" + leads.getId() + "/export").header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String adminToken = fixture.tokenOf("admin");
        String renamed = document.replace(leads.getOrganisation(), leads.getOrganisation() + " bis");

        api.perform(post("/api/deployments/import").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        api.perform(post("/api/deployments/import").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("deployment.organisation"));
        api.perform(post("/api/deployments/import").header("Authorization", "Bearer " + fixture.tokenOf("viewer"))
                        .contentType(MediaType.APPLICATION_JSON).content(document.replace(leads.getOrganisation(), "Viewer copy")))
                .andExpect(status().isForbidden());
    }

    /** The import reads its body as the deployments list's upload reads a file: the same refusal, naming the field. */
    @Test
    void an_export_with_a_field_it_does_not_have_is_refused_by_the_import_naming_it() throws Exception {
        String organisation = TestDeployments.uniqueName("Mistyped");
        String document = """
                {"format":1,"deployment":{"organisation":"%s","headcount":1000,"referenceCase":false,"demo":false},
                 "measurements":[{"date":"2025-01-31","country":"FR","activeUsers":10}],"events":[]}""".formatted(organisation);

        api.perform(post("/api/deployments/import").header("Authorization", "Bearer " + fixture.tokenOf("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("measurements[0].country"))
                .andExpect(jsonPath("$.errors[0].code").value("api.field.unknown"));
        api.perform(post("/api/deployments/import").header("Authorization", "Bearer " + fixture.tokenOf("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("<html>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Nothing was imported: this file is not an Essor JSON export."));
        assertThat(sql.sql("select count(*) from deployment where organisation = ?").param(organisation).query(Long.class).single())
                .isZero();
    }

    /** The API stored "ZZ" (201), which the CSV import refuses; the JSON import kept "fr" beside "FR" for one day. */
    @Test
    void a_country_code_is_an_iso_one_in_capitals_whatever_the_way_in() throws Exception {
        api.perform(push(leads.getId(), leadToken, """
                        {"date": "2026-03-01", "activeUsers": 10, "countryCode": "ZZ"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("countryCode"))
                .andExpect(jsonPath("$.errors[0].message").value("A two-letter ISO country code, for example FR."));
        assertThat(measurementsOf(leads)).isZero();

        String organisation = TestDeployments.uniqueName("Lower case");
        String document = """
                {"format":1,"deployment":{"organisation":"%s","platform":"VIVA_ENGAGE","launch":"2024","headcount":1000,
                 "referenceCase":false,"demo":false},
                 "measurements":[{"date":"2025-01-31","countryCode":"fr","activeUsers":10}],"events":[]}""".formatted(organisation);
        api.perform(post("/api/deployments/import").header("Authorization", "Bearer " + fixture.tokenOf("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isCreated());
        assertThat(sql.sql("select m.country_code from measurement m join deployment d on d.id = m.deployment_id"
                + " where d.organisation = ?").param(organisation).query(String.class).list()).containsExactly("FR");
    }
}

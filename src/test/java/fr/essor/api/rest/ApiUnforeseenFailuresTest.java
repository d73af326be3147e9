package fr.essor.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.essor.rollout.Deployment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a script gets when the API fails for a reason that is not its input: a row another writer holds
 * too long is a 503 with Retry-After (the nightly job retries, nothing was written); a failure nobody
 * foresaw is a 500 problem whose reference is the one logged with the stack trace, and no internals.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ApiUnforeseenFailuresTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiFixture fixture;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient sql;

    MockMvc api;
    String leadToken;
    Deployment leads;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        leadToken = fixture.tokenOf("lead");
        leads = fixture.deploymentOf("lead");
    }

    @Test
    void a_push_on_a_deployment_another_writer_holds_too_long_is_a_503_to_retry_and_writes_nothing() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement("select id from deployment where id = ? for update")) {
                hold.setLong(1, leads.getId());
                hold.executeQuery().close();
            }

            api.perform(post("/api/deployments/" + leads.getId() + "/measurements").header("Authorization", "Bearer " + leadToken)
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"date": "2026-03", "activeUsers": 120}"""))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(503));
            other.rollback();
        }
        assertThat(sql.sql("select count(*) from measurement where deployment_id = ?").param(leads.getId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void an_unforeseen_failure_is_a_500_whose_reference_is_the_logged_one(CapturedOutput log) throws Exception {
        // A row no version of Essor writes (say, restored from a damaged backup): reading it fails.
        sql.sql("insert into measurement (version, deployment_id, happened_on, happened_precision, active_users)"
                + " values (0, ?, date '2025-01-01', 'BOGUS', 10)").param(leads.getId()).update();

        String body = api.perform(get("/api/deployments/" + leads.getId() + "/milestones")
                        .header("Authorization", "Bearer " + leadToken).header("Accept-Language", "en"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();

        Matcher reference = Pattern.compile("ESS-[0-9A-F]{8}").matcher(body);
        assertThat(reference.find()).as(body).isTrue();
        assertThat(body).doesNotContain("BOGUS").doesNotContain("Exception").doesNotContain("at fr.essor");
        assertThat(log.getOut() + log.getErr()).contains("reference " + reference.group()).contains("BOGUS");
        sql.sql("delete from measurement where deployment_id = ?").param(leads.getId()).update();
    }
}

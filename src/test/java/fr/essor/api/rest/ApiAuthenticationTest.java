package fr.essor.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.essor.user.service.ApiTokens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Only a live token of an enabled account opens the API; a signed-in browser session does not, and the
 * OpenAPI page is the reverse: for signed-in users, refused to anonymous visitors.
 */
@SpringBootTest
class ApiAuthenticationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiFixture fixture;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient sql;
    @Autowired
    UserDetailsService accounts;

    MockMvc api;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private void expectUnauthorized(String authorization) throws Exception {
        var request = get("/api/deployments");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        api.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.detail").value(containsString("Bearer")));
    }

    @Test
    void a_live_token_opens_the_api() throws Exception {
        api.perform(get("/api/deployments").header("Authorization", "Bearer " + fixture.tokenOf("viewer")))
                .andExpect(status().isOk());
    }

    /**
     * A script that sends its requests in parallel with one token: each is answered. Recording when the token
     * was last used once made all but one of them fail on the token row's version (seen in bench/load.sh).
     */
    @Test
    void a_token_used_by_many_requests_at_once_opens_the_api_for_each() throws Exception {
        String token = fixture.tokenOf("viewer");
        int parallel = 16;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(parallel)) {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return api.perform(get("/api/deployments").header("Authorization", "Bearer " + token))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        // and the tokens page still says when it was last used (the newest token is this one)
        assertThat(sql.sql("select last_used_at from api_token order by id desc fetch first 1 row only")
                .query(java.time.LocalDateTime.class).optional()).isPresent();
    }

    @Test
    void no_token_is_401() throws Exception {
        expectUnauthorized(null);
    }

    @Test
    void an_unknown_or_malformed_token_is_401() throws Exception {
        expectUnauthorized("Bearer essor_thisTokenWasNeverIssued");
        expectUnauthorized("Bearer ");
        expectUnauthorized("Basic YWRtaW46YWRtaW4tZGVtbw==");
    }

    @Test
    void a_revoked_token_is_401() throws Exception {
        String token = fixture.tokenOf("lead");
        long id = fixture.as("lead", () -> tokens.mine().getFirst().getId());
        fixture.as("lead", () -> {
            tokens.revoke(id);
            return null;
        });

        expectUnauthorized("Bearer " + token);
    }

    @Test
    void an_expired_token_is_401_and_works_through_its_last_day() throws Exception {
        // The tests' clock says 25 November 2026.
        String lastDayToday = fixture.as("lead", () -> tokens.create("until today", LocalDate.of(2026, 11, 25)).clearValue());
        String expired = fixture.as("lead", () -> tokens.create("until yesterday", LocalDate.of(2026, 11, 26)).clearValue());
        sql.sql("update api_token set expires_on = ? where name = 'until yesterday'").param(LocalDate.of(2026, 11, 24)).update();

        api.perform(get("/api/deployments").header("Authorization", "Bearer " + lastDayToday)).andExpect(status().isOk());
        expectUnauthorized("Bearer " + expired);
    }

    @Test
    void the_token_of_a_disabled_account_is_401() throws Exception {
        String token = fixture.tokenOf("viewer");
        sql.sql("update app_user set enabled = false where username = 'viewer'").update();
        try {
            expectUnauthorized("Bearer " + token);
        } finally {
            sql.sql("update app_user set enabled = true where username = 'viewer'").update();
        }
    }

    @Test
    void a_signed_in_browser_session_does_not_open_the_api() throws Exception {
        var admin = accounts.loadUserByUsername("admin");
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(admin, null, admin.getAuthorities()));
        var session = new org.springframework.mock.web.MockHttpSession();
        session.setAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);

        api.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());
        api.perform(get("/api/deployments").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_database_keeps_only_a_hash_of_each_token() {
        String token = fixture.tokenOf("lead");

        String everyStoredValue = sql.sql("select name || ' ' || token_hash from api_token").query(String.class).list().toString();
        assertThat(everyStoredValue).doesNotContain(token).doesNotContain(token.substring("essor_".length()));
        assertThat(sql.sql("select count(*) from api_token where token_hash = ?").param(sha256(token)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void each_token_carries_256_random_bits() {
        String token = fixture.tokenOf("lead");

        assertThat(token).startsWith("essor_");
        assertThat(java.util.Base64.getUrlDecoder().decode(token.substring("essor_".length()))).hasSize(32);
        assertThat(fixture.tokenOf("lead")).isNotEqualTo(token);
    }

    @Test
    void the_openapi_document_lists_the_endpoints_and_the_bearer_scheme_for_signed_in_users() throws Exception {
        api.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/deployments']").exists())
                .andExpect(jsonPath("$.paths['/api/deployments/{id}/series']").exists())
                .andExpect(jsonPath("$.paths['/api/deployments/{id}/measurements']").exists())
                .andExpect(jsonPath("$.paths['/api/deployments/{id}/measurements/batch']").exists())
                // Read as bytes by the one document reader, still documented as the export's document.
                .andExpect(jsonPath("$.paths['/api/deployments/import'].post.requestBody.content['application/json'].schema['$ref']")
                        .value(containsString("DeploymentDocument")))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
        api.perform(get("/swagger-ui/index.html").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
    }

    @Test
    void the_openapi_document_and_page_are_refused_to_anonymous_visitors() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui/index.html"}) {
            int status = api.perform(get(path)).andReturn().getResponse().getStatus();
            String body = api.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(status).as(path).isIn(302, 401, 403);
            assertThat(body).as(path).doesNotContain("/api/deployments");
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

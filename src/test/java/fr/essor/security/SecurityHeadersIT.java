package fr.essor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Essor on a real Tomcat, asked the way a browser asks: every kind of response carries the security headers,
 * the session cookie keeps its flags and changes at sign-in, and nothing but health answers under /actuator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** One browser: its own cookies, redirects not followed so each answer can be looked at. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType);
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String... headers) throws IOException, InterruptedException {
            get("/login");
            return post("/login", "application/x-www-form-urlencoded", "username=" + username + "&password=" + username + "-demo",
                    headers);
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as("CSP of " + response.uri())
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).as("X-Frame-Options of " + response.uri()).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as("no-sniff of " + response.uri()).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as("referrer policy of " + response.uri()).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as("permissions policy of " + response.uri())
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set by " + response.uri()));
    }

    @Test
    void an_anonymous_page_request_is_sent_to_sign_in_with_the_headers() throws Exception {
        var response = new Browser().get("/deployments");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertSecurityHeaders(response);
    }

    @Test
    void the_apis_answers_carry_the_same_headers() throws Exception {
        var refused = new Browser().get("/api/deployments");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertSecurityHeaders(refused);
    }

    @Test
    void the_sign_in_page_and_a_static_file_carry_the_headers() throws Exception {
        Browser browser = new Browser();
        var signInPage = browser.get("/login");
        var styles = browser.get("/styles.css");

        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.body()).contains("<html");
        assertSecurityHeaders(signInPage);
        assertThat(styles.statusCode()).isEqualTo(200);
        assertSecurityHeaders(styles);
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_secure_only_behind_https() throws Exception {
        // The sign-in page opens no session (a visitor who only looks keeps nothing): signing in does.
        String overHttp = sessionCookie(new Browser().signIn("viewer"));
        // What a TLS-terminating proxy on this machine sends along: Tomcat trusts it from an internal address.
        String behindHttps = sessionCookie(new Browser().signIn("viewer", "X-Forwarded-Proto", "https"));

        assertThat(overHttp).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(behindHttps).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void on_the_real_server_a_view_start_before_signing_in_is_refused_401_and_opens_no_session() throws Exception {
        var start = new Browser().get("/?v-r=init&location=login");

        assertThat(start.statusCode()).as("not turned into a redirect by an error page").isEqualTo(401);
        assertThat(start.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void on_the_real_server_a_sign_in_posted_from_another_site_is_refused_403_and_opens_no_session() throws Exception {
        var foreign = new Browser().post("/login", "application/x-www-form-urlencoded", "username=viewer&password=viewer-demo",
                "Origin", "http://evil.example");

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void signing_in_changes_the_session_id_and_signed_in_pages_and_vaadin_requests_carry_the_headers() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();

        var signIn = browser.signIn("viewer");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.sessionId()).as("session id after sign-in").isNotBlank().isNotEqualTo(before);
        assertSecurityHeaders(signIn);

        var dashboard = browser.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertSecurityHeaders(dashboard);

        // What Vaadin's client does next: create the UI, then talk to it in UIDL and heartbeats.
        String init = browser.get("/?v-r=init&location=&query=").body();
        Matcher uiId = UI_ID.matcher(init);
        Matcher key = SECURITY_KEY.matcher(init);
        assertThat(uiId.find() && key.find()).as("Vaadin's init answer: " + init).isTrue();
        var uidl = browser.post("/?v-r=uidl&v-uiId=" + uiId.group(1), "application/json",
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("\"syncId\"");
        assertSecurityHeaders(uidl);
        var heartbeat = browser.post("/?v-r=heartbeat&v-uiId=" + uiId.group(1), "text/plain", "");
        assertSecurityHeaders(heartbeat);
    }

    @Test
    void there_is_no_h2_console_and_the_not_found_page_carries_the_headers() throws Exception {
        Browser admin = new Browser();
        admin.signIn("admin");

        var console = admin.get("/h2-console");

        // No servlet serves it: the path reaches Vaadin, which has no such view.
        assertThat(console.statusCode()).isIn(200, 404);
        assertThat(console.body()).doesNotContainIgnoringCase("H2 Console");
        assertSecurityHeaders(console);
    }

    @Test
    void a_mistyped_address_gives_a_signed_in_user_essors_page_and_an_anonymous_one_the_sign_in() throws Exception {
        Browser admin = new Browser();
        admin.signIn("admin");

        for (String path : List.of("/nowhere", "/deployment/abc")) {
            var page = admin.get(path);
            // Vaadin's page, which then shows "Page not found" in the layout (checked in a browser by
            // RolesInBrowserIT); no longer Spring Security's bare 403.
            assertThat(page.statusCode()).as(path).isIn(200, 404);
            assertThat(page.body()).as(path).contains("<html");
        }
        var anonymous = new Browser().get("/nowhere");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login"));
    }

    @Test
    void health_answers_anyone_and_nothing_else_under_actuator_answers_an_anonymous_user_or_a_lead() throws Exception {
        Browser anonymous = new Browser();
        var health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertSecurityHeaders(health);

        Browser lead = new Browser();
        lead.signIn("lead");
        for (String endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/mappings", "/actuator/loggers"}) {
            var asAnonymous = anonymous.get(endpoint);
            assertThat(asAnonymous.statusCode()).as(endpoint + " anonymously").isEqualTo(302);
            assertThat(asAnonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            var asLead = lead.get(endpoint);
            assertThat(asLead.statusCode()).as(endpoint + " for a lead").isEqualTo(403);
            assertSecurityHeaders(asLead);
        }
    }

    @Test
    void an_admin_sees_no_actuator_endpoint_beyond_health_either() throws Exception {
        Browser admin = new Browser();
        admin.signIn("admin");

        // Not exposed: the path falls through to Vaadin, whose page says the view does not exist.
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            var response = admin.get(endpoint);
            assertThat(response.headers().firstValue("Content-Type")).as(endpoint + " for an admin")
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(endpoint + " for an admin")
                    .doesNotContain("propertySources", "\"beans\"", "\"contexts\"");
        }
        assertThat(admin.get("/actuator").body()).as("the admin's list of endpoints").contains("\"health\"")
                .doesNotContain("\"env\"", "\"beans\"", "\"heapdump\"", "\"configprops\"", "\"loggers\"");
    }
}

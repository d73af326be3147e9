package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.rollout.Deployment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API beside the Vaadin servlet on a real server: its own chain answers 401 in JSON while the pages
 * keep their sign-in; a token made on the tokens page pushes a batch that the deployment's series shows;
 * the Swagger UI opens for a signed-in user instead of being taken by Vaadin's catch-all.
 */
class ApiInBrowserIT extends BrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(1));
    }

    @Test
    void anonymous_calls_get_json_401_from_the_api_and_the_sign_in_page_elsewhere() throws Exception {
        HttpResponse<String> api = send(at("/api/deployments"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Set-Cookie")).isEmpty();

        for (String page : new String[] {"/v3/api-docs", "/swagger-ui/index.html", "/deployments"}) {
            HttpResponse<String> refused = send(at(page));
            assertThat(refused.statusCode()).as(page).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).as(page).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    @Test
    void a_token_made_on_the_page_pushes_a_batch_that_the_series_shows() throws Exception {
        Deployment leads = testDeployments.create(1000, null);
        // The admin made it; the lead only joins as a member through the database, as an admin would add them.
        open("fr", "/api-tokens", "lead");
        var wait = new WebDriverWait(driver, Duration.ofMinutes(2));
        wait.until(d -> d.findElement(By.cssSelector("#token-name input"))).sendKeys("Import nocturne <b>Viva</b>");
        driver.findElement(By.id("token-create")).click();
        String token = wait.until(d -> {
            String value = d.findElement(By.cssSelector("#new-token input")).getDomProperty("value");
            return value != null && value.startsWith("essor_") ? value : null;
        });
        wait.until(d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("Import nocturne <b>Viva</b>"));
        screenshot("api-tokens-fr");

        HttpResponse<String> refused = send(at("/api/deployments/" + leads.getId() + "/measurements/batch")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"date\": \"2026-01-01\", \"activeUsers\": 10}]")));
        assertThat(refused.statusCode()).as("not a member").isEqualTo(403);

        Deployment own = testDeployments.create(1000, null);
        joinAsLead(own.getId());
        HttpResponse<String> pushed = send(at("/api/deployments/" + own.getId() + "/measurements/batch")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"date\": \"2026-01\", \"activeUsers\": 100}, {\"date\": \"2026-02-01\", \"activeUsers\": 150}]")));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        HttpResponse<String> series = send(at("/api/deployments/" + own.getId() + "/series?bucketing=EACH_MEASUREMENT")
                .header("Authorization", "Bearer " + token));
        assertThat(series.statusCode()).isEqualTo(200);
        assertThat(series.body()).contains("\"date\":\"2026-01\"").contains("\"value\":150");

        driver.get("http://localhost:" + port + "/deployment/" + own.getId());
        wait.until(d -> d.getPageSource().contains("Exporter (CSV)"));
        screenshot("export-fr");
        driver.get("http://localhost:" + port + "/swagger-ui/index.html");
        wait.until(d -> d.findElements(By.cssSelector(".swagger-ui")).size() > 0
                && d.getPageSource().contains("/api/deployments/{id}/measurements/batch"));
        screenshot("swagger-ui");
    }

    @Test
    void the_tokens_page_and_exports_in_english() throws Exception {
        Deployment deployment = testDeployments.create(1000, null);
        open("en", "/api-tokens", "viewer");
        var wait = new WebDriverWait(driver, Duration.ofMinutes(2));
        wait.until(d -> d.findElement(By.cssSelector("#token-name input"))).sendKeys("Nightly import");
        driver.findElement(By.id("token-create")).click();
        wait.until(d -> String.valueOf(d.findElement(By.cssSelector("#new-token input")).getDomProperty("value")).startsWith("essor_"));
        screenshot("api-tokens-en");
        driver.get("http://localhost:" + port + "/deployment/" + deployment.getId());
        wait.until(d -> d.getPageSource().contains("Export (CSV)"));
        screenshot("export-en");
        driver.get("http://localhost:" + port + "/deployments");
        wait.until(d -> d.getPageSource().contains("Export all (JSON)"));
        screenshot("export-all-en");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient sql;

    private void joinAsLead(long deploymentId) {
        sql.sql("insert into deployment_member (deployment_id, user_id) select ?, id from app_user where username = 'lead'")
                .param(deploymentId).update();
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}

package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import fr.essor.security.SecurityHeaders;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every main page works with Essor's content security policy in force: Chromium reports each thing the
 * policy refuses in its console, and none is reported, from the sign-in page to a dialog; the chart draws.
 */
class ContentSecurityPolicyInBrowserIT extends BrowserTest {

    private final List<String> console = new ArrayList<>();

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofMinutes(3));
    }

    /** The console since the last look, each line tagged with the page it came from. */
    private void readConsole(String page) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(page + ": " + entry.getLevel() + " " + entry.getMessage());
        }
    }

    private void waitForHeading(String text) {
        waiting().until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().contains(text)));
    }

    @Test
    void every_main_page_runs_under_the_policy_without_a_single_refusal() {
        open("en-US", "/");
        readConsole("sign-in and dashboard");
        waiting().until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        readConsole("dashboard");

        driver.get("http://localhost:" + port + "/deployments");
        waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream().anyMatch(b -> b.getText().contains("New deployment")));
        readConsole("deployments");
        driver.findElements(By.tagName("vaadin-button")).stream().filter(b -> b.getText().contains("New deployment"))
                .findFirst().orElseThrow().click();
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-dialog vaadin-text-field input")).isEmpty());
        readConsole("new deployment dialog");

        driver.get("http://localhost:" + port + "/deployment/" + testDeployments.idOf("Groupe Démo"));
        waitForHeading("Groupe Démo");
        waiting().until(d -> !d.findElements(By.cssSelector("essor-apex-chart .apexcharts-series path.apexcharts-line")).isEmpty());
        assertThat(driver.findElements(By.tagName("essor-apex-chart")).getFirst()
                .findElements(By.cssSelector(".apexcharts-series .apexcharts-marker")))
                .as("the chart's points, drawn under the policy").hasSize(12);
        readConsole("deployment");

        driver.get("http://localhost:" + port + "/compare");
        waiting().until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty());
        readConsole("comparison");

        // The policy really was in force: the page's own request sees it.
        Object policy = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch('compare').then(r => done(r.headers.get('Content-Security-Policy')));");
        assertThat(policy).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(console).as("the browser console").isNotEmpty()
                .noneMatch(line -> line.contains("Content Security Policy"))
                .noneMatch(line -> line.contains("Permissions-Policy"));
    }
}

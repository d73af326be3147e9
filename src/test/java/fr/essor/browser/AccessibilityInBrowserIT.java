package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.deployment.domain.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page and dialog a user meets, audited by axe-core (pinned in package.json, read from node_modules so a
 * clean clone has it) against WCAG 2.0, 2.1 and 2.2 levels A and AA: no violation may come back. The content
 * security policy forbids loading a script from elsewhere, so axe's text is run through WebDriver. One browser
 * session for the whole walk keeps the suite's time down; a failure lists every violation of every page at once,
 * each with what to fix. The "needs review" items are written to target/accessibility-needs-review.txt; the
 * README's accessibility section says what each one is.
 */
class AccessibilityInBrowserIT extends BrowserTest {

    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private final Map<String, List<String>> needsReview = new LinkedHashMap<>();
    private String axe;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofMinutes(3));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Waits until Vaadin has nothing left to do, then for what the page must show before it is audited. */
    private void settle(String css) {
        waiting().until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow ? Object.values(window.Vaadin.Flow.clients) : [];
                return clients.every(c => !c.isActive || !c.isActive());""")));
    }

    private void go(String path, String css) {
        driver.get("http://localhost:" + port + path);
        settle(css);
    }

    @SuppressWarnings("unchecked")
    private void audit(String page) {
        if (!Boolean.TRUE.equals(js().executeScript("return !!window.axe"))) {
            js().executeScript(axe);
        }
        Map<String, List<String>> result = (Map<String, List<String>>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const describe = item => item.id + ' (' + (item.impact || 'n/a') + '): ' + item.help + ' — '
                    + item.nodes.map(n => JSON.stringify(n.target) + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')).join('; ')
                    + ' ' + item.helpUrl;
                // Vaadin's development tools are not part of the application: a production build has none.
                axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]},
                        {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations', 'incomplete']})
                    .then(r => done({violations: r.violations.map(describe), incomplete: r.incomplete.map(describe)}),
                          e => done({violations: ['axe failed: ' + e], incomplete: []}));""", TAGS);
        if (!result.get("violations").isEmpty()) {
            violations.put(page, result.get("violations"));
        }
        if (!result.get("incomplete").isEmpty()) {
            needsReview.put(page, result.get("incomplete"));
        }
    }

    /** Clicks the visible button with that text, through the page's script (dev tools may float over it). */
    private void press(String text) {
        WebElement button = waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null));
        js().executeScript("arguments[0].click()", button);
    }

    private void withDialog(String opener, String page) {
        press(opener);
        settle("vaadin-dialog[opened]");
        audit(page);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
    }

    private String ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    @Test
    void no_page_nor_dialog_breaks_a_wcag_2_2_a_or_aa_rule() throws IOException {
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        long demo = testDeployments.idOf("Groupe Démo");
        Deployment empty = testDeployments.create(1000, null);
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Audit"), 4000, PartialDate.ofMonth(2025, 1));
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2025, 11, 14)), 820);

        driver = BrowserSession.open("fr-FR");
        go("/login", "input[name='username']");
        audit("sign-in");
        signIn("admin", "admin-demo");
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));

        go("/", "h1");
        audit("dashboard");
        go("/deployments", "vaadin-grid-cell-content");
        audit("deployments list");
        go("/deployment/" + demo, "essor-apex-chart .apexcharts-series");
        audit("deployment with measurements");
        // The chart's gist is written under its title and is part of its accessible name.
        String summary = driver.findElement(By.xpath("//h2/following-sibling::p[1]")).getDomProperty("textContent");
        assertThat(summary).matches("Dernière mesure \\(.+\\) : [\\d,]+\\W?% ; \\d+ événement\\(s\\)");
        assertThat(driver.findElement(By.tagName("essor-apex-chart")).getAttribute("aria-label")).contains(summary);
        screenshot("a11y-deployment-fr");
        withDialog("Saisir une mesure", "measurement dialog");
        withDialog("Noter un événement", "event dialog");
        withDialog("Importer", "import dialog");
        go("/deployment/" + empty.getId(), "h1");
        audit("deployment without measurements");
        go("/compare?ids=" + ids(demo, testDeployments.idOf("Orange")), "essor-apex-chart .apexcharts-series");
        audit("comparison of 2");
        go("/compare?ids=" + ids(demo, testDeployments.idOf("Orange"), testDeployments.idOf("Alcatel-Lucent"),
                testDeployments.idOf("Air France-KLM Cargo"), testDeployments.idOf("Carlson Wagonlit Travel"),
                rollout.getId()), "essor-apex-chart .apexcharts-series");
        audit("comparison of 6");
        // Six deployments, six line styles and six marker shapes: colour is not the only way to tell them apart.
        @SuppressWarnings("unchecked")
        List<String> styles = (List<String>) js().executeScript("""
                return [...document.querySelectorAll('essor-apex-chart .apexcharts-series')]
                    .map(s => s.querySelector('path.apexcharts-line').getAttribute('stroke-dasharray'));""");
        // (One of the six has no activation rate to draw.)
        assertThat(styles).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        screenshot("a11y-compare-6-fr");
        go("/admin/users", "vaadin-grid-cell-content");
        audit("users");
        go("/admin/audit", "h1");
        audit("change log");
        go("/account", "h1");
        audit("account");
        go("/api-tokens", "h1");
        audit("API tokens");

        writeNeedsReview();
        assertThat(violations).as(() -> "WCAG violations, page by page:\n" + report(violations)).isEmpty();
    }

    private void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String report(Map<String, List<String>> byPage) {
        return byPage.entrySet().stream()
                .flatMap(e -> Stream.concat(Stream.of("== " + e.getKey()), e.getValue().stream().map(v -> "  " + v)))
                .collect(Collectors.joining("\n"));
    }

    private void writeNeedsReview() throws IOException {
        Path file = Path.of("target", "accessibility-needs-review.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report(needsReview), StandardCharsets.UTF_8);
        List<String> distinct = new ArrayList<>(needsReview.values().stream().flatMap(List::stream)
                .map(item -> item.substring(0, item.indexOf(' '))).distinct().sorted().toList());
        System.out.println("axe needs review: " + distinct + " (details in " + file + ")");
    }
}

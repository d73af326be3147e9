package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
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
import java.util.Properties;
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
 * docs/accessibility.md says what each one is.
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
        // A dialog grows from 96 % while it opens: axe measuring it mid-animation found the password field's
        // 24 px button 23.6 px. Audit what the user sees once it stands still (endless spinners aside).
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript("""
                const opening = root => [...root.querySelectorAll('*')]
                    .some(e => e.hasAttribute('opening') || (e.shadowRoot && opening(e.shadowRoot)));
                return !opening(document) && document.getAnimations()
                    .filter(a => a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity)
                    .length === 0;""")));
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
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js().executeScript("""
                    const button = [...document.querySelectorAll('vaadin-button')]
                        .find(b => b.textContent.trim() === arguments[0] && b.checkVisibility());
                    if (button) button.click();
                    return !!button;""", text)));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError("no button \"" + text + "\" among " + js().executeScript(
                    "return [...document.querySelectorAll('vaadin-button')].map(b => b.textContent.trim() + (b.checkVisibility() ? '' : ' (hidden)'))"), notThere);
        }
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

    /** The words of the page's language, from the bundles the application reads. */
    private Properties words = new Properties();

    private String text(String key) {
        return words.getProperty(key);
    }

    @Test
    void no_page_nor_dialog_breaks_a_wcag_2_2_a_or_aa_rule_in_french_or_english() throws IOException {
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        for (String language : List.of("fr-FR", "en-US")) {
            walk(language);
            driver.quit();
            driver = null;
        }
        writeNeedsReview();
        assertThat(violations).as(() -> "WCAG violations, page by page:\n" + report(violations)).isEmpty();
    }

    private void walk(String language) throws IOException {
        String lang = language.substring(0, 2);
        words = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + lang + ".properties")) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        long demo = testDeployments.idOf("Groupe Démo");
        Deployment empty = testDeployments.create(1000, null);
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Audit"), 4000, PartialDate.ofMonth(2025, 1));
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2025, 11, 14)), 820);

        driver = BrowserSession.open(language);
        go("/login", "input[name='username']");
        audit(lang + " sign-in");
        signIn("admin", "admin-demo");
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));

        go("/", "h1");
        audit(lang + " dashboard");
        go("/deployments", "vaadin-grid-cell-content");
        audit(lang + " deployments list");
        withDialog(text("deployments.new"), lang + " new deployment dialog");
        go("/deployment/" + demo, "essor-apex-chart .apexcharts-series");
        audit(lang + " deployment with measurements");
        // The chart's gist is written under its title and is part of its accessible name.
        String summary = driver.findElement(By.xpath("//h2/following-sibling::p[1]")).getDomProperty("textContent");
        assertThat(summary).matches(lang.equals("fr")
                ? "Dernière mesure \\(.+\\) : [\\d,]+\\W?% ; \\d+ événements"
                : "Last measurement \\(.+\\): [\\d.]+%; \\d+ events");
        assertThat(driver.findElement(By.tagName("essor-apex-chart")).getAttribute("aria-label")).contains(summary);
        chartSpeaks(lang);
        screenshot("a11y-deployment-" + lang);
        withDialog(text("milestone.logMeasurement"), lang + " measurement dialog");
        withDialog(text("milestone.logEvent"), lang + " event dialog");
        withDialog(text("action.edit"), lang + " edit deployment dialog");
        importPreview(lang);
        go("/deployment/" + empty.getId(), "h1");
        audit(lang + " deployment without measurements");
        press(text("action.delete"));
        settle("vaadin-confirm-dialog[opened]");
        audit(lang + " delete confirmation");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        go("/compare?ids=" + ids(demo, testDeployments.idOf("Orange")), "essor-apex-chart .apexcharts-series");
        audit(lang + " comparison of 2");
        go("/compare?ids=" + ids(demo, testDeployments.idOf("Orange"), testDeployments.idOf("Alcatel-Lucent"),
                testDeployments.idOf("Air France-KLM Cargo"), testDeployments.idOf("Carlson Wagonlit Travel"),
                rollout.getId()), "essor-apex-chart .apexcharts-series");
        audit(lang + " comparison of 6");
        // Six deployments, six line styles and six marker shapes: colour is not the only way to tell them apart.
        @SuppressWarnings("unchecked")
        List<String> styles = (List<String>) js().executeScript("""
                return [...document.querySelectorAll('essor-apex-chart .apexcharts-series')]
                    .map(s => s.querySelector('path.apexcharts-line').getAttribute('stroke-dasharray'));""");
        // (One of the six has no activation rate to draw.)
        assertThat(styles).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        screenshot("a11y-compare-6-" + lang);
        go("/admin/users", "vaadin-grid-cell-content");
        audit(lang + " users");
        withDialog(text("admin.create"), lang + " new user dialog");
        go("/admin/audit", "h1");
        audit(lang + " change log");
        go("/account", "h1");
        audit(lang + " account");
        go("/api-tokens", "h1");
        audit(lang + " API tokens");
        driver.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("audit " + lang, Keys.TAB);
        press(text("token.create"));
        settle("vaadin-grid-cell-content");
        audit(lang + " API tokens with a new one shown once");
        // Essor's own page for an address it does not know, reached from inside the application: loaded afresh, an
        // unknown address is refused by Spring Security before Vaadin can show it (docs/accessibility.md, "Known limits").
        js().executeScript("""
                const link = document.createElement('a');
                link.href = 'no-such-page';
                link.setAttribute('router-link', '');
                document.body.appendChild(link);
                link.click();
                link.remove();""");
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(text("notFound.title")));
        settle("h1");
        audit(lang + " page not found");
    }

    /**
     * The chart writes numbers, percentages and dates as its reader's language does: "30 %" and "févr. '11" in
     * French, "30%" and "Feb '11" in English, on its axes and in the tooltip of a point.
     */
    private void chartSpeaks(String lang) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) js().executeScript(
                "return [...document.querySelectorAll('essor-apex-chart .apexcharts-yaxis-label tspan')].map(e => e.textContent)");
        @SuppressWarnings("unchecked")
        List<String> dates = (List<String>) js().executeScript(
                "return [...document.querySelectorAll('essor-apex-chart .apexcharts-xaxis-label tspan')].map(e => e.textContent)");
        assertThat(values).isNotEmpty().allMatch(v -> v.matches(lang.equals("fr") ? "\\d+(,\\d)?[\\u00a0\\u202f]%" : "\\d+(\\.\\d)?%"), "a percentage in " + lang);
        assertThat(String.join(" ", dates)).matches(lang.equals("fr") ? ".*\\b(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\\b.*"
                : ".*\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b.*");
        // The last measured point: the projection's markers come after it, and belong to the outlook.
        WebElement point = (WebElement) js().executeScript("""
                const chart = document.querySelector('essor-apex-chart');
                const measured = [...chart.querySelectorAll('.apexcharts-series-markers-wrap')]
                    .find(wrap => wrap.getAttribute('data:realIndex') === '0') || chart;
                const markers = measured.querySelectorAll('.apexcharts-series-markers path, .apexcharts-marker');
                return markers[markers.length - 1];""");
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", point);
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(point).perform();
        String tip = waiting().until(d -> d.findElements(By.cssSelector("essor-apex-chart .essor-tip")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
        assertThat(tip).matches(lang.equals("fr") ? "(?s).*\\d+ \\p{L}+\\.? \\d{4}.*\\d+,\\d[\\u00a0\\u202f ]%.*"
                : "(?s).*\\p{L}+ \\d+, \\d{4}.*\\d+\\.\\d%.*");
    }

    /** The import dialog once a file is uploaded, showing its preview with a refused line. */
    private void importPreview(String lang) throws IOException {
        press(text("import.button"));
        WebElement upload = waiting().until(d -> d.findElement(By.cssSelector("vaadin-dialog[opened] vaadin-upload, vaadin-upload")));
        Path csv = Files.createTempFile("usage", ".csv");
        Files.writeString(csv, "Date;Utilisateurs actifs\n01/03/2025;420\n02/03/2025;abc\n", StandardCharsets.UTF_8);
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js().executeScript(
                "return [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.trim() === arguments[0])",
                text("import.outcome.REFUSED"))));
        settle("vaadin-dialog[opened]");
        audit(lang + " import dialog with its preview");
        screenshot("a11y-import-preview-" + lang);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
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

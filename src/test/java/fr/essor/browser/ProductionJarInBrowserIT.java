package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Essor as its users run it: {@code ./essor} (the production jar, built here when its sources changed) on a
 * fresh data folder. Every other browser test runs in development mode, whose bundle holds every component;
 * the production bundle holds only what its build found, and once lacked the upload, the progress bar and the
 * details of a deployment page's parts, which then showed as empty tags. Each page here is read for an element
 * the browser does not know.
 */
class ProductionJarInBrowserIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Duration BUILD = Duration.ofMinutes(20);

    @TempDir
    static Path dataDir;
    private static Process essor;
    private static int port;

    private WebDriver driver;

    @BeforeAll
    static void runEssorAsUsersDo() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder run = new ProcessBuilder("./essor", "--server.port=" + port)
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(PROJECT.resolve("target/production-jar-it.log").toFile());
        run.environment().put("JAVA_HOME", System.getProperty("java.home"));
        run.environment().put("ESSOR_DATA_DIR", dataDir.toString());
        run.environment().put("ESSOR_AOT", "off"); // the JDK's cache would be written at the stop, for nothing
        essor = run.start();
        awaitReadiness();
    }

    private static void awaitReadiness() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + BUILD.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(essor.isAlive()).as("./essor still running (see target/production-jar-it.log)").isTrue();
            try {
                // Ready, not only listening: the demo users are created just after the web server opens.
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still building or starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("./essor did not answer within " + BUILD + " (see target/production-jar-it.log)");
    }

    @AfterAll
    static void stopEssor() throws InterruptedException {
        if (essor != null) {
            essor.destroy();
            if (!essor.waitFor(60, TimeUnit.SECONDS)) {
                essor.destroyForcibly();
            }
        }
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr-FR, Importer", "en-US, Import"})
    void a_deployment_page_its_import_dialog_and_the_list_show_every_component(String language, String importLabel)
            throws IOException {
        driver = BrowserSession.open(language);
        driver.get("http://localhost:" + port + "/deployments");
        signIn();
        assertThat(productionMode()).as("the jar runs in production mode").isTrue();
        WebElement orange = waiting().until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().trim().equals("Orange")).findFirst().orElse(null));
        assertThat(undefinedElements()).as("unknown elements on the deployments list").isEmpty();

        orange.click();
        waiting().until(d -> d.getCurrentUrl().contains("/deployment/"));
        button(importLabel);
        assertThat(undefinedElements()).as("unknown elements on a deployment's page").isEmpty();
        BrowserSession.screenshot(driver, "production-deployment-" + language.substring(0, 2));

        script("arguments[0].click()", button(importLabel));
        WebElement upload = waiting().until(d -> d.findElements(By.tagName("vaadin-upload")).stream().findFirst().orElse(null));
        assertThat(undefinedElements()).as("unknown elements in the import dialog").isEmpty();
        assertThat(upload.getShadowRoot().findElements(By.cssSelector("input[type=file]")))
                .as("the upload's file input, which a user clicks to choose the file").isNotEmpty();
        BrowserSession.screenshot(driver, "production-import-" + language.substring(0, 2));
    }

    private void signIn() {
        WebElement name = waiting().until(d -> d.findElement(By.cssSelector("input[name='username']")));
        name.sendKeys("admin");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("admin-demo", Keys.ENTER);
        waiting().withMessage(() -> "still on " + driver.getCurrentUrl() + ", which says: "
                        + driver.findElement(By.tagName("body")).getText())
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private boolean productionMode() {
        Object development = script("return window.Vaadin && window.Vaadin.developmentMode === true");
        return Boolean.FALSE.equals(development);
    }

    /**
     * Tags of the page (in its light and shadow trees) that look like custom elements the bundle never defined,
     * but for those that are plain tags by design: Flow's container of a view, and the wrappers the grid and the
     * dialog create for their content.
     */
    @SuppressWarnings("unchecked")
    private List<String> undefinedElements() {
        return (List<String>) script("""
                const unknown = new Set();
                const visit = root => root.querySelectorAll('*').forEach(element => {
                  const tag = element.localName;
                  const plain = tag.startsWith('flow-container-') || ['vaadin-grid-cell-content', 'vaadin-dialog-content'].includes(tag);
                  if (tag.includes('-') && !plain && !customElements.get(tag)) unknown.add(tag);
                  if (element.shadowRoot) visit(element.shadowRoot);
                });
                visit(document);
                return [...unknown].sort();
                """);
    }

    private WebElement button(String text) {
        return waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().trim().equals(text) && button.isDisplayed()).findFirst().orElse(null));
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }
}

package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A project lead's first hour, in a real browser through the real sign-in: create a deployment, log three
 * measurements and an event, see them on the chart, compare with Orange, switch to English, export the
 * comparison. Subclassed to run once on PostgreSQL too.
 */
class JourneyInBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient sql;

    /** The switch to English is kept on the lead's account; other tests expect the demo lead in French. */
    @AfterEach
    void forgetTheLeadsLanguage() {
        sql.sql("update app_user set language = null where username = 'lead'").update();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofMinutes(3));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** The input of the open dialog's field with that label (or accessible name), as a user finds it. */
    private WebElement input(String label) {
        return waiting().until(d -> (WebElement) js().executeScript("""
                const field = [...document.querySelectorAll('vaadin-dialog vaadin-text-field, vaadin-dialog vaadin-text-area')]
                    .find(f => f.label === arguments[0] || f.accessibleName === arguments[0]);
                return field ? field.querySelector('input, textarea') : null;""", label));
    }

    /** Clicks what a user would see with that text; while a closing dialog or a toast covers it, waits. */
    private void click(String tag, String text) {
        waiting().ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.tagName(tag)).stream()
                .filter(element -> element.isDisplayed() && element.getText().trim().equals(text))
                .findFirst().map(element -> {
                    js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                }).orElse(false));
    }

    /** Opens a vaadin-select found by its label or accessible name and picks the item with that text. */
    private void choose(String selectLabel, String item) {
        WebElement select = waiting().until(d -> (WebElement) js().executeScript("""
                return [...document.querySelectorAll('vaadin-select')]
                    .find(s => [s.label, s.accessibleName, s.getAttribute('aria-label')].includes(arguments[0])
                               && s.checkVisibility());""",
                selectLabel));
        select.click();
        click("vaadin-select-item", item);
    }

    private void save() {
        click("vaadin-button", "Enregistrer");
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
    }

    private void logMeasurement(String year, String activeUsers) {
        click("vaadin-button", "Saisir une mesure");
        input("Année").sendKeys(year);
        input("Utilisateurs actifs").sendKeys(activeUsers);
        save();
    }

    @Test
    void a_lead_creates_a_rollout_logs_it_reads_it_on_the_chart_and_compares_it_with_orange() throws Exception {
        String name = TestDeployments.uniqueName("Parcours");
        open("fr-FR", "/deployments", "lead");

        click("vaadin-button", "Nouveau déploiement");
        input("Organisation").sendKeys(name);
        input("Année").sendKeys("2021");
        input("Effectif").sendKeys("4000");
        save();
        waiting().until(d -> d.getCurrentUrl().matches(".*/deployment/\\d+$"));
        String deploymentPath = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");

        logMeasurement("2021", "400");
        logMeasurement("2022", "1200");
        logMeasurement("2023", "2000");
        click("vaadin-button", "Noter un événement");
        input("Année").sendKeys("2022");
        choose("Type d’événement", "Charte d’utilisation");
        input("Titre").sendKeys("Charte signée");
        save();

        waiting().until(d -> d.findElements(By.cssSelector("essor-apex-chart .apexcharts-series .apexcharts-marker")).stream()
                .map(marker -> marker.getAttribute("cx")).distinct().count() == 3);
        List<String> labels = driver.findElements(By.cssSelector("essor-apex-chart .apexcharts-xaxis-annotation-label")).stream()
                .map(label -> label.getAttribute("textContent")).toList();
        assertThat(labels).anySatisfy(label -> assertThat(label).startsWith("Charte signée"));

        String id = deploymentPath.substring(deploymentPath.lastIndexOf('/') + 1);
        driver.get("http://localhost:" + port + "/compare?ids=" + testDeployments.idOf("Orange") + "," + id);
        waiting().until(d -> !d.findElements(By.cssSelector("essor-apex-chart .apexcharts-series path.apexcharts-line")).isEmpty());
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(name, "Orange");

        choose("Langue", "English");
        // The switch reloads the page in English.
        WebElement export = waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("a")).stream()
                        .filter(link -> link.getText().equals("Export the comparison (CSV)")).findFirst().orElse(null));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Compare deployments");
        String csv = (String) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(response => response.text()).then(done, error => done('failed: ' + error));""",
                export);
        assertThat(csv).contains(name, "Orange").doesNotStartWith("failed");
    }
}

package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The real page in a real browser: what Karibu cannot see (rendering, escaping, the browser's language). */
class DeploymentsInBrowserIT extends BrowserTest {

    @Autowired
    DeploymentService deployments;

    private String gridText() {
        var wait = new WebDriverWait(driver, Duration.ofMinutes(3));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals("Orange")));
        // WebDriver reports non-breaking spaces as plain ones.
        return String.join("|", driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText()).toList()).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void a_french_browser_sees_the_reference_cases_in_french() {
        open("fr-FR", "/deployments");

        String grid = gridText();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Déploiements");
        assertThat(grid).contains("Air France-KLM Cargo", "Carlson Wagonlit Travel", "Alcatel-Lucent",
                "décembre 2010", "170 000", "19,4 %", "24,6 %", "50,0 %");
    }

    @Test
    void an_english_browser_sees_english_and_markup_in_a_name_is_shown_never_run() {
        Deployment hostile = new Deployment();
        String name = "<img src=x onerror=\"window.essorInjected=1\">" + TestDeployments.uniqueName("Hostile");
        hostile.setOrganisation(name);
        hostile.setHeadcount(10);
        deployments.save(hostile);

        open("en-US", "/deployments");

        String grid = gridText();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Deployments");
        assertThat(grid).contains("December 2010", "19.4%", name);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.essorInjected === undefined")).isEqualTo(true);
    }
}

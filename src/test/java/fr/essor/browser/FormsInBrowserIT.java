package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A dialog's keyboard as a user meets it: nothing typed is cut, Enter submits, Escape asks first. */
class FormsInBrowserIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    fr.essor.rollout.DeploymentService deployments;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofMinutes(3));
    }

    @Test
    void a_name_past_its_length_is_kept_whole_enter_saves_and_escape_on_changes_asks_first() {
        open("en-US", "/deployments");
        waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream().anyMatch(b -> b.getText().contains("New deployment")));
        driver.findElements(By.tagName("vaadin-button")).stream().filter(b -> b.getText().contains("New deployment"))
                .findFirst().orElseThrow().click();
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-dialog vaadin-text-field input")).isEmpty());
        WebElement organisation = driver.findElements(By.cssSelector("vaadin-dialog vaadin-text-field input")).getFirst();

        organisation.sendKeys("x".repeat(210));
        assertThat(organisation.getAttribute("value")).hasSize(210);
        organisation.sendKeys(Keys.ENTER);

        // Enter submitted the form: the service refused the name, next to its field, nothing cut.
        WebElement error = driver.findElements(By.cssSelector("vaadin-dialog vaadin-text-field [slot=error-message]")).getFirst();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> error.getAttribute("textContent").equals("At most 200 characters."));
        assertThat(organisation.getAttribute("value")).hasSize(210);

        organisation.sendKeys(Keys.ESCAPE);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.tagName("vaadin-confirm-dialog")).stream()
                .anyMatch(confirm -> "Discard your changes?".equals(confirm.getDomProperty("header"))
                        && "true".equals(confirm.getDomProperty("opened"))));
        // The form is still there behind the question, with everything typed.
        assertThat(organisation.getAttribute("value")).hasSize(210);
    }

    @Test
    void enter_on_the_question_to_delete_a_deployment_keeps_it() {
        var kept = testDeployments.create(500, null);
        open("en-US", "/deployment/" + kept.getId());
        waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream().anyMatch(b -> b.getText().trim().equals("Delete")));
        // Clicked by script: in the tests' development mode, Vaadin's Copilot bar lies over the header's corner.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", driver.findElements(By.tagName("vaadin-button"))
                .stream().filter(b -> b.getText().trim().equals("Delete")).findFirst().orElseThrow());
        waiting().until(d -> d.findElements(By.tagName("vaadin-confirm-dialog")).stream()
                .anyMatch(confirm -> "true".equals(confirm.getDomProperty("opened"))));
        // Where a user's reflexive Enter lands: Cancel.
        waiting().until(d -> "Cancel".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                        + " return e ? e.textContent.trim() : null")));

        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        waiting().until(d -> d.findElements(By.tagName("vaadin-confirm-dialog")).stream()
                .noneMatch(confirm -> "true".equals(confirm.getDomProperty("opened"))));
        assertThat(deployments.find(kept.getId())).isPresent();
    }
}

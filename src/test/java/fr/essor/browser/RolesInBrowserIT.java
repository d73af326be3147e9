package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Each demo user signs in through the real page and is offered what their role may do, and no more. */
class RolesInBrowserIT extends BrowserTest {

    private boolean buttonShown(String text) {
        return driver.findElements(By.tagName("vaadin-button")).stream()
                .anyMatch(button -> button.isDisplayed() && button.getText().trim().equals(text));
    }

    private void waitForHeading() {
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin,  Alice Admin,   true,  true,  true",
            "lead,   Léa Lead,      true,  true,  false",
            "viewer, Victor Viewer, false, false, false"})
    void each_demo_user_is_offered_only_what_their_role_may_do(String user, String displayName, boolean create,
                                                                boolean editDemo, boolean editReference) {
        open("fr-FR", "/deployments", user);
        waitForHeading();
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> d.getPageSource().contains(displayName));
        assertThat(buttonShown("Nouveau déploiement")).isEqualTo(create);

        driver.get("http://localhost:" + port + "/deployment/" + testDeployments.idOf("Groupe Démo"));
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> d.findElement(By.tagName("h1")).getText().equals("Groupe Démo"));
        assertThat(buttonShown("Modifier")).isEqualTo(editDemo);
        assertThat(buttonShown("Saisir une mesure")).isEqualTo(editDemo);

        driver.get("http://localhost:" + port + "/deployment/" + testDeployments.idOf("Orange"));
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> d.findElement(By.tagName("h1")).getText().equals("Orange"));
        assertThat(buttonShown("Modifier")).isEqualTo(editReference);
        assertThat(buttonShown("Supprimer")).isEqualTo(editReference);

        // A mistyped address, or one from an old bookmark: Essor's page in its layout, not a bare 403.
        for (String path : new String[] {"/nowhere", "/deployment/abc"}) {
            driver.get("http://localhost:" + port + path);
            new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> !d.findElements(By.tagName("h1")).isEmpty()
                    && d.findElement(By.tagName("h1")).getText().equals("Page introuvable"));
            assertThat(driver.getPageSource()).contains(displayName);
        }
    }

    @Test
    void a_wrong_password_is_refused_in_english_and_signing_out_leads_back_to_the_sign_in_page() {
        driver = BrowserSession.open("en-US");
        driver.get("http://localhost:" + port + "/compare");
        signIn("viewer", "not the password");
        var wait = new WebDriverWait(driver, Duration.ofMinutes(1));
        // The page says the sign-in failed, in its language, and nothing more.
        wait.until(d -> d.getCurrentUrl().contains("error") && !d.findElements(By.id("sign-in-error")).isEmpty()
                && d.findElement(By.id("sign-in-error")).getText().contains("Wrong user name or password."));

        signIn("viewer", "viewer-demo");
        // Back to the page first asked for (Spring's saved request adds "?continue").
        wait.until(d -> d.getCurrentUrl().contains("/compare") && buttonShown("Sign out"));
        // Clicked by script: in development mode Vaadin's dev tools overlay the top right corner.
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", driver.findElements(By.tagName("vaadin-button"))
                .stream().filter(button -> button.getText().trim().equals("Sign out")).findFirst().orElseThrow());
        wait.until(d -> d.getCurrentUrl().contains("/login"));

        driver.get("http://localhost:" + port + "/deployments");
        wait.until(d -> d.getCurrentUrl().contains("/login") && !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        assertThat(driver.findElements(By.tagName("vaadin-grid"))).as("no deployment shown").isEmpty();
    }
}

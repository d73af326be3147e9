package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The users page and the account page in a real browser, in both languages: the admin finds the users page
 * in the menu, a lead does not. Screenshots land in target/screenshots for a person to look at.
 */
class UserPagesInBrowserIT extends BrowserTest {

    private void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> d.findElements(By.tagName("h1")).stream()
                .anyMatch(h1 -> h1.getText().equals(text)));
    }

    private List<String> menuItems() {
        return driver.findElements(By.tagName("vaadin-side-nav-item")).stream().map(WebElement::getText)
                .map(String::trim).toList();
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "fr-FR, fr, Utilisateurs, Mon compte, Nouvel utilisateur, Administrateur",
            "en-US, en, Users,        My account, New user,           Admin"})
    void an_admin_finds_the_users_and_account_pages_in_their_language(String language, String shortName, String users,
                                                                       String account, String newUser, String adminRole)
            throws IOException, InterruptedException {
        open(language, "/admin/users");
        waitForHeading(users);
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> d.getPageSource().contains("Victor Viewer"));
        assertThat(menuItems()).contains(users, account);
        assertThat(driver.getPageSource()).contains(adminRole);
        screenshot("admin-users-" + shortName);

        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().trim().equals(newUser)).findFirst().orElseThrow().click();
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        Thread.sleep(500); // NOSONAR the dialog's opening animation, for the screenshot only
        screenshot("admin-users-create-" + shortName);

        driver.get("http://localhost:" + port + "/account");
        waitForHeading(account);
        assertThat(driver.getPageSource()).contains("Alice Admin");
        screenshot("account-" + shortName);
    }

    @Test
    void a_lead_is_not_offered_the_users_page_and_cannot_open_it() {
        open("fr-FR", "/account", "lead");
        waitForHeading("Mon compte");
        assertThat(menuItems()).contains("Mon compte", "Déploiements").doesNotContain("Utilisateurs");

        driver.get("http://localhost:" + port + "/admin/users");
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> d.getCurrentUrl().endsWith("/admin/users"));
        assertThat(driver.findElements(By.tagName("h1")).stream().map(WebElement::getText)).doesNotContain("Utilisateurs");
        assertThat(driver.getPageSource()).doesNotContain("Victor Viewer");
    }
}

package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import through a real upload: the file goes through Vaadin's Upload, the preview lists its bad lines
 * as text, and the import fills the log. Leaves screenshots in target/screenshots (import-fr.png, ...).
 */
class ImportInBrowserIT extends BrowserTest {

    private static final String FILE = """
            Date;Utilisateurs actifs;Inscrits
            01/03/2025;420;900
            02/03/2025;-4;900
            03/03/2025;abc;900
            2025-03-04;1200;900
            2025-03-04;430;905
            31/02/2025;440;910
            2025-03-06;<b>455</b>;920
            2025-03-07;455;920
            """;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofMinutes(3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr-FR, Importer, Refusée, Importer 3 lignes", "en-US, Import, Refused, Import 3 lines"})
    void a_file_uploaded_shows_its_bad_lines_then_imports_the_good_ones(String language, String open, String refused,
                                                                        String run) throws IOException {
        long id = testDeployments.create(1000, null).getId();
        open(language, "/deployment/" + id);
        driver.manage().window().setSize(new Dimension(1280, 1500));
        click(button(open));
        WebElement upload = waiting().until(d -> d.findElement(By.cssSelector("vaadin-dialog-overlay vaadin-upload, vaadin-upload")));
        Path csv = Files.createTempFile("usage", ".csv");
        Files.writeString(csv, FILE, StandardCharsets.UTF_8);

        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());

        waiting().until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream().anyMatch(cell -> cell.getText().equals(refused)));
        String cells = String.join("\n", driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList());
        assertThat(cells).contains("<b>455</b>").doesNotContain("\n455\n");
        BrowserSession.screenshot(driver, "import-" + language.substring(0, 2));

        click(button(run));
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.tagName("vaadin-dialog-overlay")).stream().noneMatch(WebElement::isDisplayed)
                || d.findElements(By.tagName("vaadin-dialog-overlay")).isEmpty());
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream().anyMatch(cell -> cell.getText().contains("usage")));
        BrowserSession.screenshot(driver, "import-done-" + language.substring(0, 2));
    }

    /** Through the page's script: Vaadin's development tools may float over the button. */
    private void click(WebElement button) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
    }

    private WebElement button(String text) {
        return waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().trim().equals(text) && button.isDisplayed()).findFirst().orElse(null));
    }
}

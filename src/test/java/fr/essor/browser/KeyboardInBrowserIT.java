package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With the keyboard only: Tab reaches the button that opens a dialog, with a focus ring a user can see; Enter opens
 * the dialog and the focus goes into it; Escape closes it and the focus is back on that button, not lost at the
 * top of the page.
 */
class KeyboardInBrowserIT extends BrowserTest {

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofMinutes(3));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private String focusedText() {
        return (String) js().executeScript("const e = document.activeElement; return e ? e.textContent.trim() : ''");
    }

    /** A focus a user can see: Vaadin's keyboard focus ring, drawn as an outline or a shadow. */
    private boolean focusVisible() {
        return Boolean.TRUE.equals(js().executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body) return false;
                const style = getComputedStyle(e);
                return e.hasAttribute('focus-ring')
                    && (style.outlineStyle !== 'none' && style.outlineWidth !== '0px' || style.boxShadow !== 'none');"""));
    }

    @Test
    void tab_reaches_a_dialog_button_visibly_and_escape_gives_the_focus_back_to_it() {
        long id = testDeployments.create(1000, null).getId();
        open("fr-FR", "/deployment/" + id);
        waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .anyMatch(b -> b.getText().trim().equals("Saisir une mesure")));

        for (int presses = 0; presses < 80 && !focusedText().equals("Saisir une mesure"); presses++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(focusedText()).isEqualTo("Saisir une mesure");
        assertThat(focusVisible()).as("the focused button shows a focus ring").isTrue();

        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript(
                "return !!document.activeElement.closest('vaadin-dialog, vaadin-dialog-overlay')")));

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        waiting().until(d -> focusedText().equals("Saisir une mesure"));
        assertThat(focusVisible()).as("the focus back on the button is visible").isTrue();
    }
}

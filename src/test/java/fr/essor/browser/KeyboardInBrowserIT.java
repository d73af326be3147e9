package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.user.domain.UserRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the keyboard only: Tab reaches every control with a focus indicator a user can see, focus never gets stuck,
 * Enter opens a dialog and puts the focus in it, and when the dialog closes the focus is back on the button that
 * opened it, not lost at the top of the page. The journey test does a whole day's work that way.
 */
class KeyboardInBrowserIT extends BrowserTest {

    /** The focused element, inside the shadow roots it sits in. */
    private static final String DEEP_FOCUS = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;""";

    /**
     * A focus a user can see: an outline or a shadow drawn on the focused element, on the component it belongs
     * to (Vaadin draws its focus ring on the host or one of its parts, such as a text field's input box), or on
     * one of their ::before/::after (a grid cell's ring). Returns what is focused without one, or null.
     */
    private static final String FOCUS_NOT_VISIBLE = DEEP_FOCUS + """
            if (!e || e === document.body || e === document.documentElement) return 'nothing is focused';
            const drawn = (el, pseudo) => { const s = getComputedStyle(el, pseudo);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none'); };
            const rings = el => drawn(el) || drawn(el, '::before') || drawn(el, '::after');
            let x = e;
            for (let depth = 0; x && depth < 6; depth++) {
                if (rings(x)) return null;
                if (x.shadowRoot && (x.hasAttribute('focus-ring') || x.matches(':focus-within'))
                        && [...x.shadowRoot.querySelectorAll('[part]')].some(p => p.matches(':focus-within, [part~="input-field"], [part~="focus-ring"], [part~="summary"]') && rings(p))) return null;
                x = x.parentElement || (x.getRootNode() instanceof ShadowRoot ? x.getRootNode().host : null);
            }
            return e.tagName + ' "' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';""";

    @Autowired
    UserRepository users;

    /** The pages are already compiled when the journey starts: what a key does shows within seconds. */
    private FluentWait<WebDriver> waiting() {
        // A page being redrawn replaces the elements a condition was reading: it is read again.
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** What the focused control says: its text, else its label, else its accessible name. */
    private String focused() {
        return (String) js().executeScript(DEEP_FOCUS + """
                if (!e) return '';
                const host = e.closest('vaadin-text-field, vaadin-select, vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-text-area')
                    || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
                const label = host && host.label ? host.label : '';
                return ((e.textContent || '').trim() || label || (host && host.textContent || '').trim()
                    || e.getAttribute('aria-label') || (host && host.getAttribute('aria-label')) || '').trim();""");
    }

    private String focusedTag() {
        return (String) js().executeScript(DEEP_FOCUS + " return e ? e.tagName.toLowerCase() : '';");
    }

    private Object focusedElement() {
        return js().executeScript(DEEP_FOCUS + " return e;");
    }

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void pressTab(boolean backwards) {
        if (backwards) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        } else {
            press(Keys.TAB);
        }
    }

    private void type(String text) {
        press(text);
    }

    /**
     * Tabs (or shift-tabs) until the focused control says what the test looks for, checking on the way that each
     * control shows its focus and that focus moves on every press: a control that keeps it is a trap.
     */
    private void tabTo(String wanted, boolean backwards) {
        tabUntil(wanted, backwards, text -> text.equals(wanted));
    }

    private void tabUntil(String description, boolean backwards, Predicate<String> wanted) {
        // Vaadin's development tools are not part of the application: a production build has none.
        js().executeScript("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove())");
        List<String> visited = new ArrayList<>();
        Object previous = null;
        int stuck = 0;
        for (int presses = 0; presses < 120; presses++) {
            pressTab(backwards);
            waitForVaadin();
            String now = focused();
            visited.add(focusedTag() + " " + (now.length() > 40 ? now.substring(0, 40) + "…" : now));
            Object element = focusedElement();
            stuck = element != null && element.equals(previous) ? stuck + 1 : 0;
            assertThat(stuck).as("focus stuck on \"%s\" after %s", now, visited).isLessThan(2);
            previous = element;
            if (focusedTag().equals("body")) {
                continue; // Past the last control the focus leaves the page for the browser's own bar, and comes back.
            }
            assertThat((String) js().executeScript(FOCUS_NOT_VISIBLE))
                    .as("focus without a visible indicator, on the way to \"%s\" (%s)", description, visited).isNull();
            if (wanted.test(now)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + description + "\"; it went through " + visited);
    }

    private void waitForVaadin() {
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow ? Object.values(window.Vaadin.Flow.clients) : [];
                return clients.every(c => !c.isActive || !c.isActive());""")));
    }

    private boolean dialogOpen() {
        return !driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty();
    }

    private void waitForDialog() {
        waiting().until(d -> dialogOpen());
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript(DEEP_FOCUS
                + " return !!e && !!e.closest('vaadin-dialog, vaadin-dialog-overlay, vaadin-dialog-content');")));
    }

    /** The dialog closed and the focus is back, visibly, on the button that opened it. */
    private void focusBackOn(String opener) {
        waiting().until(d -> !dialogOpen());
        waitForVaadin();
        waiting().until(d -> focused().equals(opener));
        assertThat((String) js().executeScript(FOCUS_NOT_VISIBLE)).as("focus back on \"%s\" is visible", opener).isNull();
    }

    /** The comparison table has a column per compared deployment: Orange, Alcatel-Lucent and the new one. */
    private boolean comparedInTable(String organisation) {
        List<String> cells = driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(c -> c.getText().trim()).toList();
        return cells.contains("Orange") && cells.contains("Alcatel-Lucent") && cells.contains(organisation);
    }

    @AfterEach
    void theAdminsLanguageIsTheBrowsersAgain() {
        users.findByUsername("admin").ifPresent(admin -> {
            admin.setLanguage(null);
            users.save(admin);
        });
    }

    @Test
    void tab_reaches_a_dialog_button_visibly_and_escape_gives_the_focus_back_to_it() {
        long id = testDeployments.create(1000, null).getId();
        open("fr-FR", "/deployment/" + id);
        waiting().until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .anyMatch(b -> b.getText().trim().equals("Saisir une mesure")));

        tabTo("Saisir une mesure", false);
        press(Keys.ENTER);
        waitForDialog();
        press(Keys.ESCAPE);
        focusBackOn("Saisir une mesure");
    }

    @Test
    void a_whole_journey_with_the_keyboard_only() throws IOException {
        String organisation = TestDeployments.uniqueName("Clavier");
        Path downloads = Files.createTempDirectory("essor-keyboard");
        open("fr-FR", "/deployments");
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content")).isEmpty());

        // A new deployment: the dialog's first field has the focus, Enter in a field saves, and the new page opens.
        tabTo("Nouveau déploiement", false);
        press(Keys.ENTER);
        waitForDialog();
        tabTo("Organisation", false);
        type(organisation);
        tabTo("Effectif", false);
        type("1000");
        press(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/deployment/"));
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals(organisation));
        // The opener went with the old page: the focus starts again from the new page's heading.
        waiting().until(d -> focusedTag().equals("h1") && focused().equals(organisation));

        // A measurement, then an event; each dialog gives the focus back to the button that opened it.
        tabTo("Saisir une mesure", false);
        press(Keys.ENTER);
        waitForDialog();
        tabTo("Année", false);
        type("2026");
        tabTo("Utilisateurs actifs", false);
        type("250");
        press(Keys.ENTER);
        focusBackOn("Saisir une mesure");

        tabTo("Noter un événement", false);
        press(Keys.ENTER);
        waitForDialog();
        tabTo("Année", false);
        type("2026");
        tabTo("Type d’événement", false);
        press(Keys.ARROW_DOWN);
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-select-overlay[opened], vaadin-select[opened]")).isEmpty());
        press(Keys.ENTER);
        tabTo("Titre", false);
        type("Lancement au clavier");
        press(Keys.ENTER);
        focusBackOn("Noter un événement");

        // The chart's figures and its events, as the table alternative opened with the keyboard.
        tabTo("Voir les données du graphique en tableau", true);
        press(Keys.ENTER);
        waitForVaadin();
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-details[opened] vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().matches("25,0\\W?%")));
        assertThat(driver.findElements(By.cssSelector("vaadin-details[opened] vaadin-grid-cell-content")))
                .anySatisfy(cell -> assertThat(cell.getText()).contains("Lancement au clavier"));
        tabUntil("a cell of the table", false, text -> focusedTag().equals("td") || focusedTag().equals("th"));

        // Three cases compared: back to the menu, then the picker, typed into and chosen with the arrows.
        tabTo("Comparer", true);
        press(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/compare"));
        waitForVaadin();
        waiting().until(d -> focusedTag().equals("h1") && focused().equals("Comparer des déploiements"));
        tabTo("Déploiements à comparer", false);
        for (String compared : List.of("Orange", "Alcatel-Lucent", organisation)) {
            type(compared);
            waiting().until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).isEmpty());
            press(Keys.ARROW_DOWN);
            press(Keys.ENTER);
            waitForVaadin();
            new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE).perform();
        }
        press(Keys.ESCAPE);
        waitForVaadin();
        waiting().until(d -> java.net.URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).matches(".*ids=\\d+,\\d+,\\d+.*"));
        waiting().until(d -> comparedInTable(organisation));

        // The language, chosen in the header's select; the page comes back in English.
        tabTo("Français", true); // the language select, read by its value
        press(Keys.ARROW_DOWN);
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-select[opened]")).isEmpty());
        press(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Compare deployments"));
        waitForVaadin();
        waiting().until(d -> comparedInTable(organisation));

        // The comparison exported, in English.
        tabTo("Export the comparison (CSV)", false);
        press(Keys.ENTER);
        Path csv = downloads.resolve("essor-comparison.csv");
        waiting().until(d -> Files.exists(csv) && csv.toFile().length() > 0);
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(exported).contains("Orange").contains("Alcatel-Lucent").contains(organisation);
    }
}

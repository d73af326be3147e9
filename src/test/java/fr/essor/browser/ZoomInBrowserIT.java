package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main pages on a 1280 × 720 screen, and on the same screen at 200 % zoom, in French and in English. Zooming
 * to 200 % leaves the page 640 × 360 CSS pixels at two device pixels each: Chromium's own device metrics
 * override gives exactly that, media queries included. On each page nothing may push the page sideways (WCAG
 * 1.4.10 Reflow: tables may scroll inside themselves), and every control (header, menu, buttons, links, fields,
 * the charts) must lie within the width and, once scrolled to, not be hidden under something else. A screenshot
 * of each page is left in target/screenshots to be looked at.
 */
class ZoomInBrowserIT extends BrowserTest {

    private record Screen(String name, int width, int height, int scale) {
    }

    private static final List<Screen> SCREENS = List.of(new Screen("1280x720", 1280, 720, 1), new Screen("zoom200", 640, 360, 2));

    /** Every control of the page that is shown, with what is wrong with it: off the side, without size, covered. */
    private static final String PROBLEMS = """
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout.shadowRoot.querySelector('[part~="content"]');
            const problems = [];
            if (document.documentElement.scrollWidth > innerWidth + 1)
                problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + innerWidth);
            if (content.scrollWidth > content.clientWidth + 1) {
                const right = content.getBoundingClientRect().left + content.clientWidth;
                const wide = [...layout.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > right + 1
                        && !e.closest('vaadin-grid > *, [slot="navbar"], [slot="drawer"]'))
                    .slice(0, 4).map(e => e.tagName.toLowerCase() + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 30) + '"');
                problems.push('the content scrolls sideways: ' + content.scrollWidth + ' > ' + content.clientWidth + ', ' + wide.join(', '));
            }
            const closedDrawer = layout.overlay && !layout.drawerOpened;
            const controls = [...layout.querySelectorAll('vaadin-button, a[href], vaadin-select, vaadin-text-field, vaadin-combo-box, '
                    + 'vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-drawer-toggle, vaadin-side-nav-item, '
                    + 'vaadin-details-summary, vaadin-radio-group, essor-apex-chart, vaadin-grid')]
                .filter(e => e.getClientRects().length > 0 && !e.closest('vaadin-grid-cell-content')
                    && (!arguments[0] || e.closest(arguments[0]))
                    && !e.closest('vaadin-details:not([opened]) > :not(vaadin-details-summary)')
                    && !(closedDrawer && e.closest('[slot="drawer"]')));
            for (const e of controls) {
                const name = e.tagName.toLowerCase() + ' "' + (e.label || e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40) + '"';
                e.scrollIntoView({block: 'center', inline: 'nearest'});
                const r = e.getBoundingClientRect();
                if (r.width < 1 || r.height < 1) { problems.push(name + ' has no size'); continue; }
                if (r.left < -1 || r.right > innerWidth + 1) { problems.push(name + ' runs off the side: ' + Math.round(r.left) + '..' + Math.round(r.right)); continue; }
                // What shows of it once scrolled to: in the header and the menu, anything; in the page, below the header.
                const top = Math.max(r.top, e.closest('[slot="navbar"], [slot="drawer"]') ? 0 : content.getBoundingClientRect().top);
                const bottom = Math.min(r.bottom, innerHeight);
                if (bottom - top < 1) { problems.push(name + ' cannot be scrolled into sight'); continue; }
                const x = r.left + r.width / 2, y = top + Math.min(bottom - top, 40) / 2;
                const hit = document.elementFromPoint(x, y);
                const inside = hit && (e.contains(hit) || e.shadowRoot && e.shadowRoot.contains(hit));
                if (!inside) problems.push(name + ' is under ' + (hit ? hit.tagName.toLowerCase() + '.' + hit.className : 'nothing'));
            }
            content.scrollTo(0, 0);
            return problems;""";

    private final List<String> problems = new ArrayList<>();

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofMinutes(3));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private void settle() {
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow ? Object.values(window.Vaadin.Flow.clients) : [];
                return clients.every(c => !c.isActive || !c.isActive());""")));
        // Vaadin's development tools are not part of the application: a production build has none.
        js().executeScript("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove())");
    }

    @SuppressWarnings("unchecked")
    private void check(String where, @Nullable String within) {
        ((List<String>) js().executeScript(PROBLEMS, within)).forEach(problem -> problems.add(where + ": " + problem));
    }

    private void look(Screen screen, String language, String page, String path, String ready) throws IOException {
        driver.get("http://localhost:" + port + path);
        waiting().until(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
        settle();
        String where = language + " " + screen.name() + " " + page;
        check(where, null);
        screenshot("zoom-" + language + "-" + screen.name() + "-" + page);
        if (!driver.findElements(By.tagName("essor-apex-chart")).isEmpty()) {
            js().executeScript("document.querySelector('essor-apex-chart').scrollIntoView({block: 'center'})");
            screenshot("zoom-" + language + "-" + screen.name() + "-" + page + "-chart");
        }
    }

    private void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.copy(((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** On a narrow page the menu is a drawer behind the menu button: opened, each entry shows and can be reached. */
    private void menuOpened(Screen screen, String language) {
        boolean overlay = Boolean.TRUE.equals(js().executeScript("return document.querySelector('vaadin-app-layout').overlay"));
        if (!overlay) {
            return;
        }
        driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript("return document.querySelector('vaadin-app-layout').drawerOpened")));
        // The drawer slides in: measured once it stands still.
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript("""
                const nav = document.querySelector('vaadin-side-nav-item').getBoundingClientRect();
                return nav.left >= 0 && nav.right <= innerWidth;""")));
        check(language + " " + screen.name() + " menu opened", "[slot=\"drawer\"]");
        js().executeScript("document.querySelector('vaadin-app-layout').drawerOpened = false");
    }

    @Test
    void every_page_fits_its_width_and_keeps_its_controls_in_reach_at_1280x720_and_at_200_percent_zoom() throws IOException {
        long demo = testDeployments.idOf("Groupe Démo");
        String compared = demo + "," + testDeployments.idOf("Orange") + "," + testDeployments.idOf("Alcatel-Lucent");
        for (String language : List.of("fr-FR", "en-US")) {
            open(language, "/");
            for (Screen screen : SCREENS) {
                ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                        "width", screen.width(), "height", screen.height(), "deviceScaleFactor", screen.scale(), "mobile", false));
                look(screen, language, "dashboard", "/", "h1");
                menuOpened(screen, language);
                look(screen, language, "deployments", "/deployments", "vaadin-grid-cell-content");
                look(screen, language, "deployment", "/deployment/" + demo, "essor-apex-chart .apexcharts-series");
                look(screen, language, "compare", "/compare?ids=" + compared, "essor-apex-chart .apexcharts-series");
                look(screen, language, "users", "/admin/users", "vaadin-grid-cell-content");
                look(screen, language, "audit", "/admin/audit", "h1");
                look(screen, language, "account", "/account", "h1");
                look(screen, language, "tokens", "/api-tokens", "h1");
            }
            driver.quit();
            driver = null;
        }
        assertThat(problems).as("what is cut off or hidden, page by page").isEmpty();
    }
}

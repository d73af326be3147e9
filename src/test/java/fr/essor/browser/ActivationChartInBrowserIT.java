package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ApexCharts really draws the curve and the event markers in the page, from the JSON the server sent. */
class ActivationChartInBrowserIT extends BrowserTest {

    private WebElement chart() {
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> !d.findElements(
                By.cssSelector("essor-apex-chart .apexcharts-series path.apexcharts-line")).isEmpty());
        return driver.findElements(By.tagName("essor-apex-chart")).getFirst();
    }

    @Test
    void the_demo_curve_is_drawn_with_its_twelve_points_and_its_event_markers() {
        open("fr-FR", "/deployment/" + testDeployments.idOf("Groupe Démo"));

        WebElement chart = chart();
        assertThat(chart.findElement(By.cssSelector(".apexcharts-series path.apexcharts-line")).getAttribute("d")).isNotBlank();
        assertThat(chart.findElements(By.cssSelector(".apexcharts-series .apexcharts-marker"))).hasSize(12);
        List<String> labels = chart.findElements(By.cssSelector(".apexcharts-xaxis-annotation-label")).stream()
                .map(label -> label.getAttribute("textContent")).toList();
        assertThat(labels).anySatisfy(label -> assertThat(label).startsWith("Pilote RH et IT"))
                .anySatisfy(label -> assertThat(label).startsWith("Charte d’utilisation"))
                .anySatisfy(label -> assertThat(label).startsWith("Échéance 30 juin 2027"));
        assertThat(chart.findElements(By.cssSelector(".apexcharts-yaxis-annotations text")))
                .extracting(text -> text.getAttribute("textContent")).contains("Objectif 80 %");
        Object renderMs = ((JavascriptExecutor) driver).executeScript("return arguments[0].lastRenderMs", chart);
        assertThat(((Number) renderMs).doubleValue()).isPositive();
    }

    @Test
    void a_reference_case_is_drawn_as_its_single_published_point() {
        open("en-US", "/deployment/" + testDeployments.idOf("Orange"));

        WebElement chart = chart();
        // An approximate point gets a hollow marker drawn over the plain one: one place, however many shapes.
        assertThat(chart.findElements(By.cssSelector(".apexcharts-series .apexcharts-marker")).stream()
                .map(marker -> marker.getAttribute("cx") + "," + marker.getAttribute("cy")).distinct()).hasSize(1);
    }

    @Test
    void the_chart_menu_offers_png_and_svg_but_no_csv_of_its_own_while_essors_csv_stays_beside_it() {
        open("en-US", "/deployment/" + testDeployments.idOf("Groupe Démo"));
        WebElement chart = chart();
        assertThat(menuItems(chart)).containsExactly("Download SVG", "Download PNG");

        // A resize redraws the toolbar: the CSV item must not come back with it.
        ((JavascriptExecutor) driver).executeScript("arguments[0].querySelector('.apexcharts-toolbar').dataset.drawnBefore = 'yes'", chart);
        driver.manage().window().setSize(new Dimension(1000, 900));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !chart.findElements(
                By.cssSelector(".apexcharts-toolbar:not([data-drawn-before])")).isEmpty());
        assertThat(menuItems(chart)).containsExactly("Download SVG", "Download PNG");

        assertThat(driver.findElements(By.cssSelector("a[download]"))).extracting(WebElement::getText).contains("Export the data (CSV)");
    }

    /** What a user finds on opening the chart's menu. */
    private List<String> menuItems(WebElement chart) {
        WebElement menu = chart.findElement(By.cssSelector(".apexcharts-menu-icon"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
        menu.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !chart.findElements(By.cssSelector(".apexcharts-menu.apexcharts-menu-open")).isEmpty());
        List<String> items = chart.findElements(By.cssSelector(".apexcharts-menu-open .apexcharts-menu-item")).stream().map(WebElement::getText).toList();
        menu.click();
        return items;
    }
}

package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.EventKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** User text is data: a name or a title full of markup is drawn as text, in the legend and on the markers. */
class ChartMarkupInBrowserIT extends BrowserTest {

    @Test
    void a_deployment_named_with_markup_is_compared_and_its_name_stays_text_and_runs_no_script() throws InterruptedException {
        String name = TestDeployments.uniqueName("<img src=x onerror=\"document.title='pwned'\">");
        Deployment hostile = testDeployments.launched(name, 1000, PartialDate.ofMonth(2024, 1));
        testDeployments.measure(hostile, PartialDate.ofMonth(2024, 11), 200);
        testDeployments.event(hostile, PartialDate.ofMonth(2024, 3), EventKind.OTHER, "<b onmouseover=alert(1)>Kick-off</b>");

        open("en-US", "/compare?ids=" + hostile.getId() + "," + testDeployments.idOf("Orange"));
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> d.findElements(
                By.cssSelector("essor-apex-chart .apexcharts-legend-text")).size() == 2);
        String title = driver.getTitle();
        WebElement chart = driver.findElement(By.tagName("essor-apex-chart"));

        assertThat(chart.findElements(By.cssSelector(".apexcharts-legend-text")))
                .extracting(legend -> legend.getAttribute("textContent")).containsExactly(name, "Orange");
        assertThat(chart.findElements(By.cssSelector(".apexcharts-legend img, .apexcharts-legend b"))).isEmpty();
        // The event's title is the marker's label and its hover text, as text.
        assertThat(chart.findElements(By.cssSelector(".apexcharts-xaxis-annotation-label")))
                .extracting(label -> label.getAttribute("textContent"))
                .anySatisfy(label -> assertThat(label).startsWith("<b onmouseover=alert(1)>"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !chart.findElements(By.cssSelector(".apexcharts-xaxis-annotation-label title")).isEmpty());
        assertThat(chart.findElements(By.cssSelector(".apexcharts-xaxis-annotation-label title")))
                .extracting(hover -> hover.getAttribute("textContent"))
                .anySatisfy(hover -> assertThat(hover).contains(name, "<b onmouseover=alert(1)>Kick-off</b>"));
        // Hovering the curve's point opens the tooltip: the name is in it as text.
        WebElement point = chart.findElements(By.cssSelector(".apexcharts-series")).getFirst()
                .findElements(By.cssSelector(".apexcharts-marker")).getFirst();
        new Actions(driver).moveToElement(point).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> chart.findElement(By.cssSelector(".apexcharts-tooltip"))
                .getAttribute("textContent").contains(name));
        assertThat(chart.findElements(By.cssSelector(".apexcharts-tooltip img, .apexcharts-tooltip b[onmouseover]"))).isEmpty();
        assertThat(chart.findElements(By.cssSelector("img, [onerror], [onmouseover]"))).isEmpty();
        // An image that failed to load would have run its onerror by now.
        Thread.sleep(1500);
        assertThat(driver.getTitle()).isEqualTo(title).doesNotContain("pwned");
    }
}

package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ApexCharts really draws the projection: its shaded band and its dashed curve, from the last measurement on. */
class ProjectionInBrowserIT extends BrowserTest {

    private static final Pattern FIRST_MOVE = Pattern.compile("M\\s*([\\d.]+)[ ,]+([\\d.]+)");

    @Test
    void the_demo_chart_draws_the_band_and_the_dashed_projection_from_the_last_measurement() {
        open("en-US", "/deployment/" + testDeployments.idOf("Groupe Démo"));
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> !d.findElements(
                By.cssSelector("essor-apex-chart .apexcharts-series path.apexcharts-rangeArea")).isEmpty());
        WebElement chart = driver.findElements(By.tagName("essor-apex-chart")).getFirst();

        WebElement band = chart.findElement(By.cssSelector(".apexcharts-series path.apexcharts-rangeArea"));
        assertThat(band.getAttribute("d")).isNotBlank();
        assertThat(band.getAttribute("fill")).contains("0.22");
        List<WebElement> dashed = chart.findElements(By.cssSelector(".apexcharts-series path.apexcharts-line")).stream()
                .filter(path -> "7".equals(path.getAttribute("stroke-dasharray"))).toList();
        assertThat(dashed).hasSize(1);
        // The dashed curve starts where the last measurement is drawn.
        List<WebElement> markers = chart.findElements(By.cssSelector(".apexcharts-series .apexcharts-marker"));
        assertThat(markers).hasSize(12);
        WebElement last = markers.stream().max((a, b) -> Double.compare(cx(a), cx(b))).orElseThrow();
        Matcher start = FIRST_MOVE.matcher(dashed.getFirst().getAttribute("d"));
        assertThat(start.find()).isTrue();
        assertThat(Double.parseDouble(start.group(1))).isCloseTo(cx(last), org.assertj.core.data.Offset.offset(1.5));
        assertThat(Double.parseDouble(start.group(2))).isCloseTo(Double.parseDouble(last.getAttribute("cy")),
                org.assertj.core.data.Offset.offset(1.5));
        assertThat(driver.findElement(By.id("projection-sentence")).getText())
                .startsWith("At this pace the curve levels off near 49%, below the target of 80%; even the top of the band only reaches it in ");
        assertThat(chart.findElements(By.cssSelector(".apexcharts-legend-text")))
                .extracting(WebElement::getText).contains("Projection", "Projection, 80% band");
    }

    private static double cx(WebElement marker) {
        return Double.parseDouble(marker.getAttribute("cx"));
    }
}

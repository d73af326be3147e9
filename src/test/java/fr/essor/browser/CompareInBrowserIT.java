package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The aligned comparison really draws one curve per case, on months since launch, from a bookmarked address. */
class CompareInBrowserIT extends BrowserTest {

    private String ids(String... organisations) {
        return Stream.of(organisations).map(o -> String.valueOf(testDeployments.idOf(o))).collect(Collectors.joining(","));
    }

    @Test
    void a_bookmarked_comparison_of_the_three_cases_draws_their_points_on_months_since_launch() {
        open("en-US", "/compare?ids=" + ids("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel"));

        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> d.findElements(
                By.cssSelector("essor-apex-chart .apexcharts-series")).size() == 3);
        WebElement chart = driver.findElement(By.tagName("essor-apex-chart"));
        assertThat(chart.findElements(By.cssSelector(".apexcharts-legend-text")))
                .extracting(legend -> legend.getAttribute("textContent"))
                .containsExactly("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel");
        assertThat(chart.findElement(By.cssSelector(".apexcharts-xaxis-title")).getText()).isEqualTo("Months since launch");
        // Month 0 (every launch) to two months past Orange's point at month 19.
        List<String> ticks = chart.findElements(By.cssSelector(".apexcharts-xaxis-label tspan")).stream()
                .map(label -> label.getAttribute("textContent")).toList();
        assertThat(ticks.getFirst()).isEqualTo("0");
        assertThat(ticks.getLast()).isEqualTo("21");
        assertThat(driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList())
                .contains("≤ 19 months", "≤ 13 months", "≤ 12 months");
    }
}

package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.EventKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The comparison as a lead shows it: whole months, every event by its title, every point inside the plot. */
class CompareInBrowserIT extends BrowserTest {

    private String ids(String... organisations) {
        return Stream.of(organisations).map(o -> String.valueOf(testDeployments.idOf(o))).collect(Collectors.joining(","));
    }

    private WebElement chartWithSeries(int count) {
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> d.findElements(
                By.cssSelector("essor-apex-chart .apexcharts-series")).size() == count);
        return driver.findElement(By.tagName("essor-apex-chart"));
    }

    /** A rollout Essor has never seen: a launch, three events (two in one month), a measurement ten months on. */
    private Deployment newRollout() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Nouvel Élan"), 4000, PartialDate.ofMonth(2025, 1));
        testDeployments.event(rollout, PartialDate.ofDay(LocalDate.of(2025, 6, 12)), EventKind.TRAINING_WAVE, "First training");
        testDeployments.event(rollout, PartialDate.ofDay(LocalDate.of(2025, 10, 3)), EventKind.USAGE_CHARTER, "Charter signed");
        testDeployments.event(rollout, PartialDate.ofDay(LocalDate.of(2025, 10, 20)), EventKind.OTHER, "Ambassadors named");
        testDeployments.measure(rollout, PartialDate.ofDay(LocalDate.of(2025, 11, 14)), 820);
        return rollout;
    }

    private static List<String> texts(WebElement chart, String css) {
        return chart.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).toList();
    }

    /** The marker labels as drawn, without their hover text (an SVG title inside each label). */
    private List<String> markerLabels(WebElement chart) {
        return chart.findElements(By.cssSelector(".apexcharts-xaxis-annotation-label")).stream()
                .map(label -> (String) ((JavascriptExecutor) driver).executeScript(
                        "return Array.from(arguments[0].childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('')",
                        label))
                .toList();
    }

    private static boolean overlap(Rectangle a, Rectangle b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    @Test
    void three_rollouts_aligned_on_whole_months_with_every_event_by_its_title_none_hiding_another() {
        Deployment rollout = newRollout();
        open("en-US", "/compare?ids=" + ids("Orange", "Air France-KLM Cargo") + "," + rollout.getId());

        WebElement chart = chartWithSeries(3);
        assertThat(chart.findElement(By.cssSelector(".apexcharts-xaxis-title")).getText()).isEqualTo("Months since launch");
        List<Integer> ticks = texts(chart, ".apexcharts-xaxis-label tspan").stream().map(Integer::valueOf).toList();
        assertThat(ticks.getFirst()).isZero();
        int step = ticks.get(1) - ticks.get(0);
        assertThat(step).isIn(1, 3, 6, 12);
        assertThat(ticks).isEqualTo(IntStream.range(0, ticks.size()).mapToObj(i -> i * step).toList());
        assertThat(ticks.getLast()).isGreaterThan(19); // Orange's 2012 count sits at month 19
        assertThat(markerLabels(chart)).containsExactlyInAnyOrder("First training", "Charter signed", "Ambassadors named");
        // The two October events share month 9: both labels are drawn, one clear of the other.
        List<WebElement> october = chart.findElements(By.cssSelector(".apexcharts-xaxis-annotation-label")).stream()
                .filter(label -> label.getAttribute("textContent").startsWith("Charter signed")
                        || label.getAttribute("textContent").startsWith("Ambassadors named")).toList();
        assertThat(october).hasSize(2);
        assertThat(overlap(october.get(0).getRect(), october.get(1).getRect())).isFalse();
        // "2012" proves the rate by the end of 2012: December 2010 → 24 months, June 2011 → 18.
        assertThat(driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList())
                .contains("≤ 24 months", "≤ 18 months");
    }

    @Test
    void on_the_calendar_every_point_is_inside_the_plot_and_every_event_is_drawn() {
        Deployment rollout = newRollout();
        open("fr-FR", "/compare?ids=" + ids("Groupe Démo") + "," + rollout.getId() + "&axis=calendar");

        WebElement chart = chartWithSeries(2);
        Rectangle plot = chart.findElement(By.cssSelector(".apexcharts-grid")).getRect();
        List<WebElement> points = chart.findElements(By.cssSelector(".apexcharts-series .apexcharts-marker"));
        assertThat(points).hasSizeGreaterThanOrEqualTo(13);
        assertThat(points).allSatisfy(point -> {
            Rectangle r = point.getRect();
            assertThat(r.x).isGreaterThanOrEqualTo(plot.x);
            assertThat(r.x + r.width).isLessThanOrEqualTo(plot.x + plot.width);
        });
        assertThat(markerLabels(chart))
                .contains("First training", "Charter signed", "Ambassadors named", "Pilote RH et IT", "Campagne de rentrée");
    }
}

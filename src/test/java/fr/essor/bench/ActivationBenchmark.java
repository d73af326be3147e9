package fr.essor.bench;

import fr.essor.Application;
import fr.essor.TestRollup;
import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.Bucketing;
import fr.essor.activation.service.ChartPeriod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The activation chart's benchmark (bench/activation-chart.sh): 10 million measurements (15 deployments,
 * daily, per country, 2016–2025), then for the largest deployment the time to build its series on the
 * server (median and p95 of 20 runs), the options sent to the browser and the time ApexCharts takes to
 * draw them in headless Chromium. Prints figures; asserts nothing.
 */
public final class ActivationBenchmark {

    private static final int[] COUNTRIES = {249, 240, 230, 220, 210, 200, 190, 180, 170, 160, 150, 140, 130, 120, 149};
    private static final String FIRST_DAY = "2016-01-01";
    private static final int DAYS = 3653;
    private static final int RUNS = 20;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        Files.createDirectories(data);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                // Arguments, not default properties: they must win over the test classpath's in-memory database.
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath().resolve("essor") + ";DB_CLOSE_ON_EXIT=FALSE")) {
            JdbcClient sql = app.getBean(JdbcClient.class);
            long largest = ensureData(sql);
            long rows = sql.sql("select count(*) from measurement").query(Long.class).single();
            long rowsOfLargest = sql.sql("select count(*) from measurement where deployment_id = ?").param(largest)
                    .query(Long.class).single();
            System.out.printf(Locale.ROOT, "measurements: %,d in all; largest deployment: %,d (%d countries x %d days)%n",
                    rows, rowsOfLargest, COUNTRIES[0], DAYS);

            ActivationSeriesService series = app.getBean(ActivationSeriesService.class);
            for (Bucketing bucketing : List.of(Bucketing.EACH_MEASUREMENT, Bucketing.MONTH, Bucketing.QUARTER)) {
                timeSeries(series, largest, bucketing);
            }
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            drawInBrowser(port, largest);
        }
    }

    private static long ensureData(JdbcClient sql) {
        List<Long> existing = sql.sql("select id from deployment where organisation = 'Bench 01'").query(Long.class).list();
        if (!existing.isEmpty()) {
            System.out.println("data: reusing the 10 million measurements generated earlier");
            return existing.getFirst();
        }
        long started = System.nanoTime();
        sql.sql("create table if not exists bench_country (n int primary key, code varchar(2))").update();
        String[] codes = Arrays.copyOf(Locale.getISOCountries(), 249);
        for (int i = 0; i < codes.length; i++) {
            sql.sql("insert into bench_country values (?, ?)").params(i + 1, codes[i]).update();
        }
        long largest = -1;
        for (int d = 0; d < COUNTRIES.length; d++) {
            String name = String.format(Locale.ROOT, "Bench %02d", d + 1);
            sql.sql("""
                    insert into deployment (version, organisation, platform, launch_date, launch_precision, headcount,
                                            countries_present, reference_case, demo)
                    values (0, ?, 'VIVA_ENGAGE', date '2016-01-01', 'MONTH', 500000, ?, false, false)""")
                    .params(name, COUNTRIES[d]).update();
            long id = sql.sql("select id from deployment where organisation = ?").param(name).query(Long.class).single();
            if (d == 0) {
                largest = id;
            }
            // Users grow over the years and wave with the week; each country differs a little.
            sql.sql("""
                    insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, country_code)
                    select 0, cast(? as bigint), dateadd('DAY', t.x, date '%s'), 'DAY',
                           5 + t.x / 4 + mod(t.x * 7 + c.n * 13, 50), c.code
                    from system_range(0, %d) t cross join bench_country c where c.n <= cast(? as int)"""
                    .formatted(FIRST_DAY, DAYS - 1))
                    .params(id, COUNTRIES[d]).update();
            System.out.printf(Locale.ROOT, "  %s: %,d rows after %.0f s%n", name, (long) DAYS * COUNTRIES[d], seconds(started));
        }
        System.out.printf(Locale.ROOT, "data: 10 million measurements generated in %.0f s%n", seconds(started));
        long rollupStarted = System.nanoTime();
        TestRollup.rebuild(sql);
        System.out.printf(Locale.ROOT, "rollup: activity_day rebuilt (15 deployments and Essor's own) in %.1f s%n", seconds(rollupStarted));
        return largest;
    }

    private static void timeSeries(ActivationSeriesService service, long deploymentId, Bucketing bucketing) {
        for (int warm = 0; warm < 5; warm++) {
            service.series(deploymentId, ChartPeriod.ALL_TIME, bucketing);
        }
        List<Double> millis = new ArrayList<>();
        ActivationSeries last = null;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            last = service.series(deploymentId, ChartPeriod.ALL_TIME, bucketing);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "series %-16s: %4d points; built in median %.1f ms, p95 %.1f ms (%d runs)%n",
                bucketing, last.activeUsers().size(), millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), RUNS);
    }

    private static void drawInBrowser(int port, long deploymentId) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1280,900", "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        try {
            List<Double> monthly = new ArrayList<>();
            List<Double> daily = new ArrayList<>();
            long monthlyBytes = 0;
            long dailyBytes = 0;
            for (int run = 0; run < 5; run++) {
                driver.get("http://localhost:" + port + "/deployment/" + deploymentId);
                WebElement chart = renderedChart(driver, -1);
                monthly.add(number(driver, chart, "lastRenderMs"));
                monthlyBytes = (long) number(driver, chart, "lastConfigBytes");
                driver.findElement(By.id("chart-bucketing")).click();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.tagName("vaadin-select-item")).isEmpty());
                driver.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(item -> item.getText().equals("Chaque mesure")).findFirst().orElseThrow().click();
                chart = renderedChart(driver, monthlyBytes);
                daily.add(number(driver, chart, "lastRenderMs"));
                dailyBytes = (long) number(driver, chart, "lastConfigBytes");
            }
            monthly.sort(Double::compare);
            daily.sort(Double::compare);
            System.out.printf(Locale.ROOT, "browser MONTH           : options %,d bytes; drawn in median %.0f ms, max %.0f ms (5 page loads)%n",
                    monthlyBytes, monthly.get(2), monthly.getLast());
            System.out.printf(Locale.ROOT, "browser EACH_MEASUREMENT: options %,d bytes; drawn in median %.0f ms, max %.0f ms (5 switches)%n",
                    dailyBytes, daily.get(2), daily.getLast());
        } finally {
            driver.quit();
        }
    }

    /** Waits until the first chart has drawn options of another size than {@code previousBytes}. */
    private static WebElement renderedChart(ChromeDriver driver, long previousBytes) {
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> {
            List<WebElement> charts = d.findElements(By.tagName("essor-apex-chart"));
            return !charts.isEmpty() && number(driver, charts.getFirst(), "lastRenderMs") > 0
                    && number(driver, charts.getFirst(), "lastConfigBytes") != previousBytes;
        });
        return driver.findElements(By.tagName("essor-apex-chart")).getFirst();
    }

    private static double number(ChromeDriver driver, WebElement element, String property) {
        Object value = ((JavascriptExecutor) driver).executeScript("return arguments[0][arguments[1]]", element, property);
        return value == null ? -1 : ((Number) value).doubleValue();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

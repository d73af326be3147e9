package fr.essor.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The large deployment's page (bench/large-deployment.sh, issue 12 point 2): a deployment with ten years of
 * daily whole-network measurements (3,650) plus per-country rows (50 countries x 3,650 days) and ten events,
 * created once through the JSON import API (what moving an export from one Essor to another does), then opened
 * in headless Chromium by a signed-in admin, against the production jar started by {@code ./essor}.
 * <p>
 * Three figures, each against issue 12's goal:
 * <ul>
 * <li><b>usable</b>: from the navigation's start ({@code performance.timeOrigin}, the moment the browser begins
 * to load the page) to the first moment, polled every 10 ms by a script Chromium runs before the page's own,
 * when both hold: the activation chart (the first {@code essor-apex-chart}) has drawn (its {@code svg} is there
 * and it reports a finished render) and the milestone log ({@code #milestone-log}) shows at least five rows
 * with their date written (rows still waiting for data do not count). Goal: under 2 s.</li>
 * <li><b>server time of each request</b> made from the navigation until one second after "usable" (the page,
 * Vaadin's init, its UIDL requests, static files, heartbeats), as Tomcat's access log measures it
 * ({@code %{us}T}: request read to response written). Goal: each under 300 ms.</li>
 * <li><b>heap per session</b>, with N more people each signed in and looking at this page (after N others did the
 * same, so that what all sessions share is already there; each person is a tab on another loopback address,
 * 127.0.0.2, .3, ...: cookies go by host, so each is its own HTTP session). The goal's figure is what each session
 * holds alone, read from a heap dump by {@link SessionHeap}: the objects it reaches that nothing else reaches but
 * through a session (goal: median under 300 KB). The heap's growth (jcmd {@code GC.class_histogram} before and
 * after, divided by N; H2's objects apart) is printed too, with the classes that grew most: it also counts what
 * else grew meanwhile, the browser's connections above all, and swung from 131 to 871 KB for one build.</li>
 * </ul>
 * Each load also prints the CPU time the server's process used during it (/proc, all threads): on this shared
 * 2-core machine a request mostly waits for a core, and the CPU says how much work the page really costs.
 * Prints figures and a RESULT line; asserts nothing. Arguments: base port, server pid, H2 data folder (the API
 * token is written there; the server runs H2 with AUTO_SERVER=TRUE), Tomcat's access log, page loads, sessions.
 */
public final class LargeDeploymentBenchmark {

    static final String ORGANISATION = "Banc grand déploiement";
    private static final int DAYS = 3650;
    private static final int COUNTRIES = 50;
    private static final int EVENTS = 10;
    private static final String USER = "admin";
    private static final Pattern ACCESS_LINE = Pattern.compile("^(\\S+) (\\S+) (\\d{3}) (\\d+)$");
    private static final String H2 = "(H2)";
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /**
     * Runs in the page before Vaadin's own scripts and records when the page became usable, relative to the
     * navigation's start (performance.now() counts from timeOrigin).
     */
    private static final String USABLE_PROBE = """
            (() => {
              const chartDrawn = () => {
                const chart = document.querySelector('essor-apex-chart');
                return !!chart && !!chart.querySelector('svg') && chart.lastRenderMs > 0;
              };
              const logRowsShown = () => {
                const grid = document.getElementById('milestone-log');
                if (!grid || !grid.shadowRoot) return false;
                const written = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(row => {
                  if (row.hidden || row.hasAttribute('loading')) return false;
                  const slot = row.querySelector('td slot');
                  const content = slot && slot.assignedNodes()[0];
                  return !!content && content.textContent.trim() !== '';
                });
                return written.length >= 5;
              };
              const check = () => {
                if (chartDrawn() && logRowsShown()) {
                  window.__essorUsableAt = performance.now();
                } else {
                  setTimeout(check, 10);
                }
              };
              check();
            })();""";

    private final String host;
    private final int port;
    private final Path accessLog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token = "";

    private LargeDeploymentBenchmark(int port, Path accessLog) {
        this.host = "127.0.0.1";
        this.port = port;
        this.accessLog = accessLog;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String pid = args[1];
        String dataDir = args[2];
        Path accessLog = Path.of(args[3]);
        int loads = Integer.parseInt(args[4]);
        int sessions = Integer.parseInt(args[5]);
        LargeDeploymentBenchmark bench = new LargeDeploymentBenchmark(port, accessLog);
        bench.token = BenchTokens.write(dataDir, USER, "large deployment benchmark");
        long id = bench.ensureDeployment();

        ChromeDriver driver = chromium();
        try {
            String page = "/deployment/" + id;
            signIn(driver, bench.url(bench.host, page));
            // Warm-up: the browser's cache of Vaadin's bundle and the server's JIT; not counted.
            for (int warm = 0; warm < 3; warm++) {
                bench.open(driver, bench.host, page);
            }
            System.out.println("warm-up: 3 page loads, not counted (" + loadAverage() + ")");

            List<Double> usable = new ArrayList<>();
            Map<String, List<Long>> serverMicros = new LinkedHashMap<>();
            String lastCells = "";
            for (int load = 1; load <= loads; load++) {
                long logBefore = bench.accessLogSize();
                long cpuBefore = cpuMillis(pid);
                PageLoad result = bench.open(driver, bench.host, page);
                Thread.sleep(1000);
                long cpu = cpuMillis(pid) - cpuBefore;
                List<Request> requests = bench.requestsSince(logBefore);
                usable.add(result.usableMs());
                lastCells = result.cells();
                requests.forEach(request -> serverMicros.computeIfAbsent(request.kind(), kind -> new ArrayList<>()).add(request.micros()));
                Request slowest = requests.stream().max((a, b) -> Long.compare(a.micros(), b.micros())).orElse(null);
                System.out.printf(Locale.ROOT, "page load %d: usable after %.0f ms (HTML received %.0f ms, load event %.0f ms); "
                                + "%d requests, slowest %s %.1f ms; server CPU %d ms in all (%s)%n", load, result.usableMs(), result.responseEndMs(),
                        result.loadEventMs(), requests.size(), slowest == null ? "-" : slowest.kind(), slowest == null ? 0 : slowest.micros() / 1000.0,
                        cpu, loadAverage());
            }
            System.out.println("grid cells rendered after the last load: " + lastCells);
            System.out.println("server time per request, " + loads + " page loads (Tomcat's access log):");
            List<Long> all = new ArrayList<>();
            serverMicros.forEach((kind, micros) -> {
                all.addAll(micros);
                System.out.printf(Locale.ROOT, "  %-22s %s%n", kind, percentiles(micros));
            });
            System.out.printf(Locale.ROOT, "  %-22s %s%n", "all", percentiles(all));

            Path screenshot = bench.accessLog.resolveSibling("large-deployment.png");
            driver.executeScript("document.getElementById('milestone-log').scrollIntoView({block: 'center'})");
            Files.write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
            System.out.println("screenshot of the last load: " + screenshot);

            // Heap: N more people each signed in on this page, each in its own HTTP session. A first N warm what
            // sessions share (pooled connections' statement caches, the JIT's, Spring's), then N more are counted.
            for (int person = 2; person <= sessions + 1; person++) {
                bench.openAsAnotherPerson(driver, person, page);
            }
            Map<String, long[]> before = histogram(pid);
            long heapBefore = before.get("").clone()[1];
            for (int person = sessions + 2; person <= 2 * sessions + 1; person++) {
                bench.openAsAnotherPerson(driver, person, page);
            }
            Map<String, long[]> after = histogram(pid);
            long heapAfter = after.get("")[1];
            double perSession = (heapAfter - heapBefore) / 1024.0 / sessions;
            System.out.printf(Locale.ROOT, "heap: live objects %,d KB before, %,d KB with %d more sessions on this page: %.0f KB per session (%s)%n",
                    heapBefore / 1024, heapAfter / 1024, sessions, perSession, loadAverage());
            System.out.printf(Locale.ROOT, "  not counted: H2's objects grew by %,d KB meanwhile (its caches, shared and bounded)%n",
                    (after.getOrDefault(H2, new long[2])[1] - before.getOrDefault(H2, new long[2])[1]) / 1024);
            printChange("grew most, per session (instances, KB):", before, after, sessions);
            // What each session holds alone, from a heap dump taken now, all of them open on the page: the
            // growth above also counts whatever else grew meanwhile (the browser's connections above all).
            String keep = System.getenv("ESSOR_BENCH_HEAP_DUMP");
            Path dump = keep != null && !keep.isBlank() ? Path.of(keep) : bench.accessLog.resolveSibling("sessions.hprof");
            Files.deleteIfExists(dump);
            new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", pid, "GC.heap_dump", dump.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            SessionHeap.Result held = SessionHeap.of(dump);
            SessionHeap.print(held, System.out);
            if (keep == null || keep.isBlank()) {
                Files.delete(dump);
            }
            double perSessionAlone = held.medianSessionBytes() / 1024.0;

            Collections.sort(usable);
            Collections.sort(all);
            double usableP50 = at(usable, 0.5);
            double usableMax = usable.getLast();
            double serverP50 = at(all, 0.5) / 1000.0;
            double serverMax = all.getLast() / 1000.0;
            System.out.printf(Locale.ROOT, "goals: usable < 2000 ms: %s; each request < 300 ms: %s; session < 300 KB (held alone, median): %s%n",
                    usableMax < 2000 ? "met" : "MISSED", serverMax < 300 ? "met" : "MISSED", perSessionAlone < 300 ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "RESULT loads=%d usableP50Ms=%.0f usableMaxMs=%.0f requests=%d serverP50Ms=%.1f serverMaxMs=%.1f "
                            + "sessions=%d heapPerSessionKb=%.0f heapGrowthPerSessionKb=%.0f load=%s%n", loads, usableP50, usableMax, all.size(), serverP50, serverMax,
                    held.sessionBytes().length, perSessionAlone, perSession, loadAverage().replace(' ', '/').replace("load/average/", ""));
        } finally {
            driver.quit();
        }
    }

    /** A new tab on 127.0.0.{person}: its own cookies, so its own HTTP session, signed in and on the page. */
    private void openAsAnotherPerson(ChromeDriver driver, int person, String page) {
        driver.switchTo().newWindow(WindowType.TAB);
        String address = "127.0.0." + person;
        signIn(driver, url(address, page));
        open(driver, address, page);
    }

    private String url(String address, String path) {
        return "http://" + address + ":" + port + path;
    }

    // ---- the data --------------------------------------------------------------------------------------

    /** The benchmark's deployment: found by its name, or imported once (reused by later runs on the same data). */
    private long ensureDeployment() throws Exception {
        HttpResponse<String> list = api(HttpRequest.newBuilder(URI.create(url(host, "/api/deployments"))).GET());
        Matcher existing = Pattern.compile("\"id\":(\\d+),\"organisation\":\"" + Pattern.quote(ORGANISATION) + "\"").matcher(list.body());
        if (existing.find()) {
            System.out.println("data: reusing the deployment imported earlier (id " + existing.group(1) + ")");
            return Long.parseLong(existing.group(1));
        }
        String document = document(LocalDate.now().minusDays(DAYS));
        long started = System.nanoTime();
        HttpResponse<String> answer = api(HttpRequest.newBuilder(URI.create(url(host, "/api/deployments/import")))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(document)));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("the import was refused: " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        System.out.printf(Locale.ROOT, "data: imported %,d measurements (%,d whole-network days, %d countries x %,d days) and %d events "
                        + "through POST /api/deployments/import (%.1f MB) in %.1f s%n", DAYS + COUNTRIES * DAYS, DAYS, COUNTRIES, DAYS,
                EVENTS, document.length() / 1e6, (System.nanoTime() - started) / 1e9);
        return Long.parseLong(id.group(1));
    }

    /** An export document: users grow over ten years and wave with the week; each country differs a little. */
    private static String document(LocalDate first) {
        String[] countries = Locale.getISOCountries();
        StringBuilder json = new StringBuilder(32_000_000);
        json.append("{\"format\":1,\"deployment\":{\"organisation\":\"").append(ORGANISATION).append("\",\"platform\":\"VIVA_ENGAGE\",")
                .append("\"launch\":\"").append(first.toString(), 0, 7).append("\",\"headcount\":200000,\"countriesPresent\":60,")
                .append("\"targetActivationPct\":60,\"targetDate\":\"").append(first.plusDays(DAYS + 365))
                .append("\",\"referenceCase\":false,\"demo\":false},\"measurements\":[");
        for (int day = 0; day < DAYS; day++) {
            String date = first.plusDays(day).toString();
            int wave = (day % 7 < 5 ? 100 : 0) + day % 37;
            json.append("{\"date\":\"").append(date).append("\",\"activeUsers\":").append(2_000 + day * 30 + wave)
                    .append(",\"registeredUsers\":").append(5_000 + day * 45).append(",\"countriesReached\":").append(Math.min(COUNTRIES, 1 + day / 60))
                    .append(",\"source\":\"Viva Engage\"},");
            for (int country = 0; country < COUNTRIES; country++) {
                json.append("{\"date\":\"").append(date).append("\",\"countryCode\":\"").append(countries[country])
                        .append("\",\"activeUsers\":").append(10 + day / 2 + (country * 13 + day * 7) % 50).append("},");
            }
        }
        json.setLength(json.length() - 1);
        json.append("],\"events\":[");
        String[] kinds = {"PILOT", "LAUNCH", "TRAINING_WAVE", "USAGE_CHARTER", "AMBASSADOR_PROGRAMME", "COMMUNICATION_CAMPAIGN",
                "TRAINING_WAVE", "MONITORING", "ROI_REVIEW", "OTHER"};
        for (int event = 0; event < EVENTS; event++) {
            json.append(event == 0 ? "" : ",").append("{\"date\":\"").append(first.plusDays(event * (DAYS / EVENTS)))
                    .append("\",\"kind\":\"").append(kinds[event]).append("\",\"title\":\"Étape ").append(event + 1).append("\"}");
        }
        return json.append("]}").toString();
    }

    private HttpResponse<String> api(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept-Language", "fr").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---- the browser -----------------------------------------------------------------------------------

    private record PageLoad(double usableMs, double responseEndMs, double loadEventMs, String cells) {
    }

    /** The grid cells the page rendered, per grid: what the browser holds and lays out. */
    private static final String CELLS = """
            return [...document.querySelectorAll('vaadin-grid')].map((grid, index) =>
                (grid.id || 'grid ' + (index + 1)) + ' ' + grid.querySelectorAll('vaadin-grid-cell-content').length).join(', ');""";

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        return driver;
    }

    private static void signIn(ChromeDriver driver, String pageUrl) {
        driver.get(pageUrl);
        var wait = new WebDriverWait(driver, Duration.ofMinutes(1));
        wait.until(d -> d.findElement(By.cssSelector("input[name='username']"))).sendKeys(USER);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(USER + "-demo", Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Loads the page anew in the current tab (a new Vaadin UI, as a reload does) and waits until it is usable. */
    private PageLoad open(ChromeDriver driver, String address, String path) {
        // Installed for the next document only; the tab's previous probe is removed first.
        Object probe = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", USABLE_PROBE));
        try {
            driver.get(url(address, path));
            Object usable = new WebDriverWait(driver, Duration.ofMinutes(2)).until(d -> driver.executeScript("return window.__essorUsableAt"));
            Map<?, ?> timing = (Map<?, ?>) driver.executeScript(
                    "const n = performance.getEntriesByType('navigation')[0]; return {responseEnd: n.responseEnd, load: n.loadEventEnd};");
            return new PageLoad(((Number) usable).doubleValue(), ((Number) timing.get("responseEnd")).doubleValue(),
                    ((Number) timing.get("load")).doubleValue(), String.valueOf(driver.executeScript(CELLS)));
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", ((Map<?, ?>) probe).get("identifier")));
        }
    }

    // ---- the server's side -----------------------------------------------------------------------------

    private record Request(String kind, long micros) {
    }

    private long accessLogSize() throws IOException {
        return Files.size(accessLog);
    }

    /** The access log's lines written since that offset: "METHOD /path?query STATUS MICROS". */
    private List<Request> requestsSince(long offset) throws IOException {
        List<Request> requests = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(accessLog.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                Matcher parts = ACCESS_LINE.matcher(line.strip());
                if (parts.matches()) {
                    requests.add(new Request(kindOf(parts.group(1), parts.group(2)), Long.parseLong(parts.group(4))));
                }
            }
        }
        return requests;
    }

    private static String kindOf(String method, String target) {
        if (target.contains("v-r=init")) {
            return "Vaadin init";
        }
        if (target.contains("v-r=uidl")) {
            return "Vaadin UIDL";
        }
        if (target.contains("v-r=heartbeat")) {
            return "Vaadin heartbeat";
        }
        if (target.startsWith("/VAADIN/") || target.matches(".*\\.(js|css|png|svg|ico|woff2?|json)(\\?.*)?$")) {
            return "static file";
        }
        if (target.startsWith("/deployment/")) {
            return "page (" + method + ")";
        }
        return "other " + method + " " + target.replaceAll("\\?.*", "").replaceAll("\\d+", "{n}");
    }

    /** Live objects per class after a full collection (jcmd GC.class_histogram collects first); "" is the total. */
    private static Map<String, long[]> histogram(String pid) throws Exception {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", pid, "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Map<String, long[]> classes = new HashMap<>();
        for (String line : out.split("\n")) {
            Matcher entry = HISTOGRAM_LINE.matcher(line);
            // The collector's fillers of unused space are listed like objects; they are not what a session holds.
            if (entry.find() && !entry.group(3).contains("FillerElement")) {
                long[] counted = {Long.parseLong(entry.group(1)), Long.parseLong(entry.group(2))};
                classes.merge(entry.group(3), counted, (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
                // H2's own objects (its page cache, the last result each pooled connection keeps per statement)
                // are the database's, bounded, shared by all sessions, and not in the JVM on PostgreSQL.
                classes.merge(entry.group(3).contains("org.h2.") ? H2 : "", counted.clone(), (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
            }
        }
        if (!classes.containsKey("")) {
            throw new IllegalStateException("no class histogram from jcmd: " + out.substring(0, Math.min(300, out.length())));
        }
        return classes;
    }

    private static void printChange(String title, Map<String, long[]> before, Map<String, long[]> after, long sessions) {
        System.out.println("  " + title);
        after.entrySet().stream().filter(entry -> !entry.getKey().isEmpty() && !entry.getKey().equals(H2) && !entry.getKey().contains("org.h2."))
                .map(entry -> Map.entry(entry.getKey(), new long[]{entry.getValue()[0] - before.getOrDefault(entry.getKey(), new long[2])[0],
                        entry.getValue()[1] - before.getOrDefault(entry.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(15)
                .forEach(entry -> System.out.printf(Locale.ROOT, "    %8.0f %7.1f  %s%n", entry.getValue()[0] / (double) sessions,
                        entry.getValue()[1] / 1024.0 / sessions, entry.getKey()));
    }

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%4d requests, p50 %6.1f ms, max %6.1f ms", sorted.size(),
                at(sorted, 0.5) / 1000.0, sorted.getLast() / 1000.0);
    }

    private static <T extends Number> double at(List<T> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1))).doubleValue();
    }

    /**
     * CPU the server's process used so far (all its threads: requests, collector, compiler), from /proc: on a
     * shared machine a request waits for a core, and this says how much work it was, whatever the wait.
     */
    private static long cpuMillis(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime, fields 14 and 15 of the line, in clock ticks of 10 ms.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static String loadAverage() {
        try {
            String[] figures = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + figures[0] + " " + figures[1] + " " + figures[2];
        } catch (IOException unreadable) {
            return "load average ?";
        }
    }
}

package fr.essor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark: many people using Essor at once, spoken to at Vaadin's protocol level as a browser does
 * (sign-in form, then Vaadin's init and UIDL requests with the security key and the sync/client counters).
 * Each session opens the dashboard, a deployment, the comparison and logs a measurement; the sessions stay
 * open, so the server's heap after a full collection, divided by the sessions, is what one session costs.
 * Then some of the open sessions keep working (navigating with a think time) and their round-trips are timed.
 * <p>
 * The measurement is logged through the REST API with a token of the same user, not through the page's dialog:
 * driving a dialog over UIDL means finding its fields' node ids in the server's answers, left for later.
 * <p>
 * Arguments: base URL, server pid (for jcmd), H2 data folder (the token is written there; the server runs H2
 * with AUTO_SERVER=TRUE), sessions, users opening them at once, active users, seconds of the active phase, and
 * optionally the reading time between clicks in seconds ("1-3", the default, or "5-15").
 */
public final class LoadBenchmark {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    /** A generation's line of jcmd GC.heap_info: G1 prints one for the whole heap, the serial collector two. */
    private static final Pattern HEAP_USED = Pattern.compile("^(?:garbage-first heap|DefNew|Tenured|def new generation|tenured generation)\\s+total[^\\n]*?used (\\d+)K",
            Pattern.MULTILINE);
    private static final String USER = "lead";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    /** Server round-trips in microseconds, by phase. */
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger measurementDay = new AtomicInteger();
    private String token = "";
    private long deploymentId;
    private volatile String phase = "open";

    private LoadBenchmark(String base) {
        this.base = base;
    }

    /** One browser tab: its cookie, its UI and Vaadin's counters. */
    private final class Session {
        String cookie = "";
        String uiId = "";
        String securityKey = "";
        int syncId;
        int clientId;

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookie.isEmpty()) {
                request.header("Cookie", "JSESSIONID=" + cookie);
            }
            request.header("Accept-Language", "fr");
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            timings.computeIfAbsent(phase, p -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1_000);
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring("JSESSIONID=".length(), c.indexOf(';')));
            return response;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)));
        }

        void signIn() throws IOException, InterruptedException {
            expect("login page", get("/login"), 200);
            var signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + USER + "-demo")));
            expect("sign-in", signedIn, 302);
            if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                error("sign-in", "refused");
            }
        }

        /** The page's HTML, then Vaadin's init request that builds the UI for the address. */
        void open(String location) throws IOException, InterruptedException {
            expect("page", get("/" + location), 200);
            var init = get("/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query=");
            expect("init", init, 200);
            Matcher ui = UI_ID.matcher(init.body());
            Matcher key = SECURITY_KEY.matcher(init.body());
            if (!ui.find() || !key.find()) {
                error("init", "no UI in " + abbreviate(init.body()));
                return;
            }
            uiId = ui.group(1);
            securityKey = key.group(1);
            Matcher sync = SYNC_ID.matcher(init.body());
            syncId = sync.find() ? Integer.parseInt(sync.group(1)) : 0;
            clientId = 0;
        }

        /** What Vaadin's client sends when a link inside the application is followed. */
        void navigate(String route, String expectedText) throws IOException, InterruptedException {
            String rpc = "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}]";
            long start = System.nanoTime();
            var answer = uidl(rpc);
            if (phase.equals("active")) {
                String page = route.isEmpty() ? "dashboard" : route.replaceAll("/\\d+", "");
                timings.computeIfAbsent("active " + page, p -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1_000);
            }
            if (answer != null && !answer.body().contains(expectedText)) {
                error("navigate " + route.replaceAll("\\d+", "{id}"), "no '" + expectedText + "' in " + abbreviate(answer.body()));
            }
        }

        HttpResponse<String> uidl(String rpc) throws IOException, InterruptedException {
            String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            var answer = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
            if (!expect("uidl", answer, 200)) {
                return null;
            }
            if (answer.body().contains("\"appError\"") || answer.body().contains("sessionExpired") || answer.body().contains("\"redirect\"")) {
                error("uidl", abbreviate(answer.body()));
            }
            Matcher sync = SYNC_ID.matcher(answer.body());
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            clientId++;
            return answer;
        }

        void logMeasurement() throws IOException, InterruptedException {
            String date = LocalDate.of(2000, 1, 1).plusDays(measurementDay.getAndIncrement()).toString();
            var written = sendApi(HttpRequest.newBuilder(URI.create(base + "/api/deployments/" + deploymentId + "/measurements"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + date + "\",\"activeUsers\":" + (100 + measurementDay.get())
                            + ",\"registeredUsers\":5000,\"source\":\"load benchmark\"}")));
            expect("measurement", written, 201);
        }

        HttpResponse<String> sendApi(HttpRequest.Builder request) throws IOException, InterruptedException {
            long start = System.nanoTime();
            var response = http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            timings.computeIfAbsent(phase, p -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1_000);
            return response;
        }
    }

    private boolean expect(String what, HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            error(what, "HTTP " + response.statusCode() + " " + abbreviate(response.body()));
            return false;
        }
        return true;
    }

    private void error(String what, String detail) {
        errors.computeIfAbsent(phase + ": " + what, w -> new AtomicInteger()).incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(phase + ": " + what + ": " + detail);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A deployment of the benchmark's own, which its user may write to (an import makes the lead a member). */
    private void createDeployment() throws Exception {
        String document = "{\"format\":1,\"deployment\":{\"organisation\":\"Banc de charge " + System.currentTimeMillis() / 1000
                + "\",\"platform\":\"VIVA_ENGAGE\",\"launch\":\"1999\",\"headcount\":10000,\"referenceCase\":false,\"demo\":false},"
                + "\"measurements\":[],\"events\":[]}";
        var answer = new Session().sendApi(HttpRequest.newBuilder(URI.create(base + "/api/deployments/import"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document)));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("could not create the benchmark's deployment: " + answer.statusCode() + " " + answer.body());
        }
        deploymentId = Long.parseLong(id.group(1));
    }

    /** Heap in use right after a full collection, in KB, as the server's JVM reports it. */
    static long heapAfterFullGc(String pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        long kilobytes = 0;
        boolean found = false;
        while (used.find()) {
            kilobytes += Long.parseLong(used.group(1));
            found = true;
        }
        Matcher zgc = Pattern.compile("^ZHeap\\s+used (\\d+)M", Pattern.MULTILINE).matcher(info);
        if (!found && zgc.find()) {
            return 1024 * Long.parseLong(zgc.group(1));
        }
        if (!found) {
            throw new IllegalStateException("no heap figure from jcmd: " + info);
        }
        return kilobytes;
    }

    private static String jcmd(String pid, String command) throws Exception {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", pid, command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static String percentiles(List<Long> micros) {
        if (micros.isEmpty()) {
            return "no requests";
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%,d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast() / 1000.0);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                    + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[1];
        } catch (IOException unreadable) {
            return "?";
        }
    }

    /** One person's visit: sign in, dashboard, a deployment, the comparison, a measurement. */
    private void visit(Session session) throws IOException, InterruptedException {
        session.signIn();
        session.open("");
        session.navigate("deployment/" + deploymentId, "Banc de charge");
        session.navigate("compare", "Comparer des d");
        session.logMeasurement();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        String dataDir = args[2];
        int sessions = Integer.parseInt(args[3]);
        int opening = Integer.parseInt(args[4]);
        int active = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        if (args.length > 7) {
            String[] reading = args[7].split("-");
            readingFromMillis = (long) (1000 * Double.parseDouble(reading[0]));
            readingToMillis = (long) (1000 * Double.parseDouble(reading[reading.length - 1]));
        }
        LoadBenchmark bench = new LoadBenchmark(base);
        bench.token = BenchTokens.write(dataDir, USER, "load benchmark");
        bench.createDeployment();

        // Warm-up: a few visits so the first figures are not the JIT's; their sessions are signed out after.
        bench.phase = "warm-up";
        List<Session> warmUp = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Session session = bench.new Session();
            bench.visit(session);
            warmUp.add(session);
        }
        for (Session session : warmUp) {
            session.send(HttpRequest.newBuilder(URI.create(base + "/logout")).POST(HttpRequest.BodyPublishers.noBody()));
        }
        long heapBefore = heapAfterFullGc(pid);
        System.out.printf(Locale.ROOT, "heap after a full GC before the sessions: %,d KB (load average %s)%n", heapBefore, loadAverage());

        bench.phase = "open";
        List<Session> held = Collections.synchronizedList(new ArrayList<>());
        Semaphore openingAtOnce = new Semaphore(opening);
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < sessions; i++) {
                executor.submit(() -> {
                    openingAtOnce.acquire();
                    try {
                        Session session = bench.new Session();
                        bench.visit(session);
                        held.add(session);
                    } catch (IOException failed) {
                        bench.error("visit", failed.toString());
                    } finally {
                        openingAtOnce.release();
                    }
                    return null;
                });
            }
        }
        double openSeconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = heapAfterFullGc(pid);
        System.out.printf(Locale.ROOT, "%,d sessions opened in %.0f s by %d users at once (load average %s)%n",
                held.size(), openSeconds, opening, loadAverage());
        System.out.printf(Locale.ROOT, "heap after a full GC with the sessions: %,d KB, so %.0f KB per session%n",
                heapAfter, (heapAfter - heapBefore) / (double) held.size());
        System.out.println("round-trips while opening: " + percentiles(new ArrayList<>(bench.timings.getOrDefault("open", new ConcurrentLinkedQueue<>()))));

        // Active phase: some of the held sessions keep working, one request then some reading (1-3 s unless told).
        bench.phase = "active";
        CpuClock cpu = new CpuClock(pid);
        GcPauses gc = new GcPauses(pid);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger visits = new AtomicInteger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < Math.min(active, held.size()); i++) {
                Session session = held.get(i);
                executor.submit(() -> {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(2000));
                    while (System.nanoTime() < end) {
                        try {
                            session.navigate("", "Tableau de bord");
                            think();
                            session.navigate("deployment/" + bench.deploymentId, "Banc de charge");
                            think();
                            session.navigate("compare", "Comparer des d");
                            think();
                            visits.incrementAndGet();
                        } catch (IOException failed) {
                            bench.error("active", failed.toString());
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf(Locale.ROOT, "%d active users for %d s, %,d rounds (dashboard, deployment, comparison) (load average %s)%n",
                Math.min(active, held.size()), seconds, visits.get(), loadAverage());
        int activeRequests = bench.timings.getOrDefault("active", new ConcurrentLinkedQueue<>()).size();
        System.out.println("round-trips of the active users: " + percentiles(new ArrayList<>(bench.timings.getOrDefault("active", new ConcurrentLinkedQueue<>()))));
        for (String page : List.of("dashboard", "deployment", "compare")) {
            System.out.println("  " + page + ": " + percentiles(new ArrayList<>(bench.timings.getOrDefault("active " + page, new ConcurrentLinkedQueue<>()))));
        }
        System.out.println(gc.report());
        System.out.println(cpu.report(activeRequests));
        int errorCount = bench.errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.println("errors: " + errorCount + (errorCount == 0 ? "" : " " + bench.errors));
        bench.errorSamples.forEach(sample -> System.out.println("  e.g. " + sample));
    }

    /**
     * Processor time of the server and of this benchmark over a phase, so a saturated round-trip figure says
     * whose work fills the cores: the server's own per request, and what the simulated clients take beside it.
     */
    private static final class CpuClock {
        private static final double TICKS_PER_SECOND = 100; // Linux's USER_HZ
        private final String pid;
        private final long started = System.nanoTime();
        private final double serverAtStart;
        private final double clientsAtStart;

        CpuClock(String pid) {
            this.pid = pid;
            this.serverAtStart = serverSeconds();
            this.clientsAtStart = clientsSeconds();
        }

        String report(int requests) {
            double wall = (System.nanoTime() - started) / 1e9;
            double server = serverSeconds() - serverAtStart;
            double clients = clientsSeconds() - clientsAtStart;
            return String.format(Locale.ROOT, "processor over %.0f s: the server %.1f s (%.2f cores, %.1f ms per request), "
                            + "the simulated clients %.1f s (%.2f cores), of %d cores", wall, server, server / wall,
                    requests == 0 ? 0 : 1000 * server / requests, clients, clients / wall, Runtime.getRuntime().availableProcessors());
        }

        /** utime + stime of the server's process, fields 14 and 15 of /proc/pid/stat (after the command's parentheses). */
        private double serverSeconds() {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            } catch (IOException | RuntimeException unreadable) {
                return Double.NaN;
            }
        }

        private static double clientsSeconds() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
        }
    }

    /** Reading a page before the next click, drawn evenly between these bounds (1-3 s unless told). */
    private static long readingFromMillis = 1000;
    private static long readingToMillis = 3000;

    private static void think() throws InterruptedException {
        Thread.sleep(readingFromMillis + ThreadLocalRandom.current().nextLong(Math.max(1, readingToMillis - readingFromMillis)));
    }

    /**
     * The server's stop-the-world collections over a phase, from the JVM's own counters (jcmd PerfCounter.print):
     * a request that arrives during a pause waits for it, so pauses of tens of milliseconds every second or so
     * show in the p95 whatever the request itself costs.
     */
    private static final class GcPauses {
        private static final Pattern COUNTER = Pattern.compile("^sun\\.gc\\.collector\\.(\\d+)\\.(invocations|time)=(\\d+)", Pattern.MULTILINE);
        private static final Pattern FREQUENCY = Pattern.compile("^sun\\.os\\.hrt\\.frequency=(\\d+)", Pattern.MULTILINE);
        private final String pid;
        private final long[] atStart;

        GcPauses(String pid) {
            this.pid = pid;
            this.atStart = read();
        }

        String report() {
            long[] now = read();
            long collections = now[0] - atStart[0];
            double millis = (now[1] - atStart[1]) * 1000.0 / Math.max(1, now[2]);
            return String.format(Locale.ROOT, "collections (stop-the-world) during the phase: %d, %.0f ms in all, %.1f ms each on average",
                    collections, millis, collections == 0 ? 0 : millis / collections);
        }

        /** {invocations, time in ticks, ticks per second} summed over the JVM's collectors. */
        private long[] read() {
            try {
                String counters = jcmd(pid, "PerfCounter.print");
                long invocations = 0;
                long ticks = 0;
                Matcher counter = COUNTER.matcher(counters);
                while (counter.find()) {
                    if (counter.group(2).equals("invocations")) {
                        invocations += Long.parseLong(counter.group(3));
                    } else {
                        ticks += Long.parseLong(counter.group(3));
                    }
                }
                Matcher frequency = FREQUENCY.matcher(counters);
                return new long[] {invocations, ticks, frequency.find() ? Long.parseLong(frequency.group(1)) : 1_000_000_000L};
            } catch (Exception unreadable) {
                return new long[] {0, 0, 1};
            }
        }
    }
}

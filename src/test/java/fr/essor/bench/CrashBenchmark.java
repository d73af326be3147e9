package fr.essor.bench;

import fr.essor.HeadlessEssor;
import fr.essor.base.persistence.crash.ChildJvm;
import fr.essor.base.persistence.crash.CrashingWriter;
import fr.essor.base.persistence.crash.PostgresHost;
import fr.essor.base.persistence.crash.RestartCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The crash benchmark (bench/crash.sh). A child JVM saves measurements through the service from four
 * threads and journals each acknowledged one; it is killed with SIGKILL at a random moment (during its
 * start-up or while it writes), Essor restarts on the same data, and every acknowledged save must be
 * there with the rollup agreeing with the measurements and a new deployment saved. On H2 (20 runs) and
 * on a real PostgreSQL server killed with it (5 runs). First, the write throughput with and without the
 * durability setting. Prints figures; the exit code says whether anything acknowledged was lost.
 *
 * <p>Arguments: {@code [h2Runs] [postgresRuns] [folder]}.
 */
public final class CrashBenchmark {

    private static final int THREADS = 4;
    private static final int THROUGHPUT_SECONDS = 10;
    private static final int THROUGHPUT_ROUNDS = 3;
    private static final Duration START = Duration.ofMinutes(3);
    private static final Random RANDOM = new Random();

    private final Path folder;
    private final List<RestartCheck> checks = new ArrayList<>();

    private CrashBenchmark(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        int h2Runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int postgresRuns = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Path.of(args.length > 2 ? args[2] : "target/crash-bench").toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        CrashBenchmark bench = new CrashBenchmark(folder);

        System.out.println("== Write throughput, " + THREADS + " threads, " + THROUGHPUT_SECONDS + " s a sample, "
                + THROUGHPUT_ROUNDS + " samples each, taken in turn");
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
            rates.computeIfAbsent("H2, default write delay (before)", label -> new ArrayList<>())
                    .add(bench.h2Throughput("DB_CLOSE_ON_EXIT=FALSE"));
            rates.computeIfAbsent("H2, WRITE_DELAY=0 (Essor's setting)", label -> new ArrayList<>())
                    .add(bench.h2Throughput(null));
            rates.computeIfAbsent("PostgreSQL, synchronous_commit=off", label -> new ArrayList<>())
                    .add(bench.postgresThroughput(false));
            rates.computeIfAbsent("PostgreSQL, synchronous_commit=on (its default)", label -> new ArrayList<>())
                    .add(bench.postgresThroughput(true));
        }
        rates.forEach((label, samples) -> {
            List<Double> sorted = samples.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-50s median %,5.0f commits/s (%,.0f to %,.0f)%n", label,
                    sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast());
        });

        System.out.println("== Killed with SIGKILL at a random moment, then restarted on the same data");
        bench.h2Crashes(h2Runs);
        bench.postgresCrashes(postgresRuns);

        int acknowledged = bench.checks.stream().mapToInt(RestartCheck::acknowledged).sum();
        int found = bench.checks.stream().mapToInt(RestartCheck::found).sum();
        long failed = bench.checks.stream().filter(check -> !check.nothingLost()).count();
        System.out.printf(Locale.ROOT, "== In all: %d runs, %d acknowledged, %d found, %d runs with a loss or a wrong rollup%n",
                bench.checks.size(), acknowledged, found, failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    private double h2Throughput(String settings) throws Exception {
        Path data = Files.createDirectories(folder.resolve("throughput-h2-" + System.nanoTime()));
        List<String> arguments = new ArrayList<>(List.of(HeadlessEssor.h2UrlArgument(data)));
        if (settings != null) {
            arguments.add("--essor.h2.settings=" + settings);
        }
        return commitsPerSecond(data, arguments);
    }

    private double postgresThroughput(boolean synchronousCommit) throws Exception {
        Path data = folder.resolve("throughput-pg-" + System.nanoTime());
        int port = PostgresHost.freePort();
        ChildJvm server = PostgresHost.start(data, port, synchronousCommit, data.resolveSibling(data.getFileName() + ".log"));
        try {
            return commitsPerSecond(data, PostgresHost.essorArguments(port));
        } finally {
            PostgresHost.killAll(server, data);
        }
    }

    private double commitsPerSecond(Path data, List<String> essorArguments) throws Exception {
        Files.createDirectories(data);
        List<String> arguments = new ArrayList<>(List.of(data.resolve("journal.txt").toString(), Integer.toString(THREADS),
                "timed:" + THROUGHPUT_SECONDS, "--logging.level.root=warn"));
        arguments.addAll(essorArguments);
        try (ChildJvm writer = ChildJvm.start(CrashingWriter.class, data.resolve("writer.log"), arguments)) {
            String[] figures = writer.await(CrashingWriter.COMMITS, START).substring(CrashingWriter.COMMITS.length()).split(" ");
            return Long.parseLong(figures[0]) / Double.parseDouble(figures[1]);
        }
    }

    private void h2Crashes(int runs) throws Exception {
        Path data = Files.createDirectories(folder.resolve("h2"));
        for (int run = 1; run <= runs; run++) {
            Path journal = data.resolve("journal-" + run + ".txt");
            String killed = crash(run, journal, data.resolve("writer-" + run + ".log"), List.of(HeadlessEssor.h2UrlArgument(data)));
            try (ConfigurableApplicationContext restarted = HeadlessEssor.start(withQuietLog(List.of(HeadlessEssor.h2UrlArgument(data))))) {
                report("H2", run, killed, RestartCheck.of(restarted, journal));
            }
        }
    }

    private void postgresCrashes(int runs) throws Exception {
        Path data = folder.resolve("postgres");
        int port = PostgresHost.freePort();
        for (int run = 1; run <= runs; run++) {
            ChildJvm server = PostgresHost.start(data, port, true, folder.resolve("postgres-" + run + ".log"));
            Path journal = folder.resolve("postgres-journal-" + run + ".txt");
            String killed = crash(run, journal, folder.resolve("postgres-writer-" + run + ".log"), PostgresHost.essorArguments(port));
            PostgresHost.killAll(server, data); // the database goes down with the application, as in a power cut
            server = PostgresHost.start(data, port, true, folder.resolve("postgres-restart-" + run + ".log"));
            try (ConfigurableApplicationContext restarted = HeadlessEssor.start(withQuietLog(PostgresHost.essorArguments(port)))) {
                report("PostgreSQL", run, killed, RestartCheck.of(restarted, journal));
            } finally {
                PostgresHost.killAll(server, data);
            }
        }
    }

    /**
     * Starts a writer and kills it: one run in four at a random moment of its start-up (migrations,
     * identities, the writers' deployments), the others 0.2 to 5 s after it started writing.
     */
    private static String crash(int run, Path journal, Path log, List<String> essorArguments) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(journal.toString(), Integer.toString(THREADS), "loop",
                "--logging.level.root=warn"));
        arguments.addAll(essorArguments);
        try (ChildJvm writer = ChildJvm.start(CrashingWriter.class, log, arguments)) {
            long launched = System.nanoTime();
            String phase;
            if (run % 4 == 1) {
                Thread.sleep(1_000 + RANDOM.nextInt(7_000));
                phase = "starting up";
            } else {
                writer.await(CrashingWriter.READY, START);
                Thread.sleep(200 + RANDOM.nextInt(4_800));
                phase = "writing";
            }
            writer.kill();
            return String.format(Locale.ROOT, "killed %4.1f s after launch, %s", (System.nanoTime() - launched) / 1e9, phase);
        }
    }

    private void report(String database, int run, String killed, RestartCheck check) {
        checks.add(check);
        System.out.printf(Locale.ROOT, "%-10s run %2d, %-35s %s%n", database, run, killed + ":", check);
    }

    private static String[] withQuietLog(List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--logging.level.root=warn");
        all.add("--logging.level.org.flywaydb=error"); // its warning about H2's version, once per restart
        return all.toArray(String[]::new);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path each : all.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(each);
                }
            }
        }
    }
}

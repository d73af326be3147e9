package fr.essor.bench;

import fr.essor.Application;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.DuplicateChoice;
import fr.essor.csvimport.service.ImportContent;
import fr.essor.csvimport.service.ImportOutcome;
import fr.essor.csvimport.service.ImportPreset;
import fr.essor.csvimport.service.ImportRequest;
import fr.essor.csvimport.service.ImportService;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import's benchmark (bench/import.sh, and LargeImportIT in CI with a 256 MB heap): a generated
 * file of one million measurement lines (249 countries x 4,017 days, 2014–2024) imported into an empty
 * deployment on an H2 file, through the service as an admin would. Prints the time of the preview and of
 * the import, the peak of the heap in use (sampled every 10 ms: garbage included, so it follows -Xmx) and
 * the largest heap still in use right after a collection (what the import really holds, H2's page cache
 * included, since H2 runs in the same JVM), then checks the rows and the rollup. Exits non-zero when a
 * line is missing.
 */
public final class ImportBenchmark {

    static final int LINES = 1_000_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);

    public static void main(String[] args) throws Exception {
        // Arguments: the folder, then H2's settings (default: Essor's own, essor.h2.settings).
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-import");
        Files.createDirectories(folder);
        Path file = folder.resolve("measurements-1M.csv");
        if (!Files.exists(file)) {
            generate(file);
        }
        Path database = Files.createTempDirectory(folder, "db-");
        System.out.printf(Locale.ROOT, "file: %s, %,d lines, %.1f MB; max heap %d MB%n", file, LINES,
                Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                // Vaadin as users run it: in development mode it scans the whole class path at start and keeps
                // ~100 MB of what it read, a quarter of this heap, for nothing an import needs.
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--vaadin.productionMode=true",
                        "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath().resolve("essor")
                                + ";" + (args.length > 1 ? args[1] : "DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))) {
            UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            Deployment deployment = new Deployment();
            deployment.setOrganisation("Import bench " + System.nanoTime());
            deployment.setHeadcount(10_000_000);
            long id = app.getBean(DeploymentService.class).save(deployment).getId();
            ImportService imports = app.getBean(ImportService.class);
            List<String> header;
            try (InputStream in = Files.newInputStream(file)) {
                header = imports.header(in);
            }
            ImportRequest request = new ImportRequest(id, file.getFileName().toString(), ImportContent.MEASUREMENTS,
                    ImportPreset.COLUMNS, imports.proposeMapping(id, ImportContent.MEASUREMENTS, ImportPreset.COLUMNS, header),
                    DuplicateChoice.REFUSE);

            HeapWatch heap = new HeapWatch();
            long started = System.nanoTime();
            long previewed;
            try (InputStream in = Files.newInputStream(file)) {
                previewed = imports.preview(request, in, 200).saved();
            }
            double previewSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "preview: %,d lines to import, %.1f s, heap in use: peak %d MB, after a collection at most %d MB%n",
                    previewed, previewSeconds, heap.peakMb(), heap.liveMb());

            heap = new HeapWatch();
            started = System.nanoTime();
            long cpuBefore = processCpuNanos();
            ImportOutcome outcome;
            try (InputStream in = Files.newInputStream(file)) {
                outcome = imports.importFile(request, in, line -> { });
            }
            double importSeconds = (System.nanoTime() - started) / 1e9;
            double importCpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            long importPeak = heap.peakMb();
            long importLive = heap.liveMb();
            heap.stop();
            System.out.printf(Locale.ROOT, "import: %,d lines saved in %.1f s (%.1f s of processor time, all threads and the"
                            + " collector included), heap in use: peak %d MB,"
                            + " after a collection at most %d MB; load average %.1f%n",
                    outcome.saved(), importSeconds, importCpuSeconds, importPeak, importLive,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            JdbcClient sql = app.getBean(JdbcClient.class);
            long rows = sql.sql("select count(*) from measurement where deployment_id = ?").param(id).query(Long.class).single();
            long days = sql.sql("select count(*) from activity_day where deployment_id = ?").param(id).query(Long.class).single();
            System.out.printf(Locale.ROOT, "stored: %,d measurements, %,d days in the rollup%n", rows, days);
            System.out.printf(Locale.ROOT, "RESULT lines=%d seconds=%.1f cpuSeconds=%.1f peakHeapMb=%d liveHeapMb=%d%n", rows,
                    importSeconds, importCpuSeconds, importPeak, importLive);
            if (rows != LINES || days != (LINES + 248) / 249) {
                System.exit(2);
            }
        }
    }

    /** The processor time of this whole JVM so far, every thread and the garbage collector included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Semicolons and French dates for the first half, commas would do as well: the same reader. */
    static void generate(Path file) throws Exception {
        String[] countries = Arrays.copyOf(Locale.getISOCountries(), 249);
        Random random = new Random(11);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Date;Pays;Utilisateurs actifs;Inscrits\n");
            for (int line = 0; line < LINES; line++) {
                LocalDate day = FIRST_DAY.plusDays(line / countries.length);
                int active = random.nextInt(5_000);
                out.write(day.toString());
                out.write(';');
                out.write(countries[line % countries.length]);
                out.write(';');
                out.write(Integer.toString(active));
                out.write(';');
                out.write(Integer.toString(active + random.nextInt(5_000)));
                out.write('\n');
            }
        }
    }

    /** Samples the heap in use every 10 ms, and after each collection (the pools' usage after their last collection). */
    private static final class HeapWatch {
        private volatile long peak;
        private volatile long live;
        private volatile boolean running = true;

        HeapWatch() {
            System.gc();
            Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    long afterCollection = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                            .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
                    live = Math.max(live, afterCollection);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long peakMb() {
            return peak / (1024 * 1024);
        }

        long liveMb() {
            return live / (1024 * 1024);
        }

        void stop() {
            running = false;
        }
    }
}

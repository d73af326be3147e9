package fr.essor.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.bench.ImportBenchmark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A file of one million measurement lines imports whole in a JVM whose heap is capped at 256 MB: the
 * import streams the file and batches its inserts, so the heap never holds the file. Runs the benchmark
 * (ImportBenchmark) in a child JVM started with -Xmx256m; running out of memory there fails this test.
 */
class LargeImportIT {

    @Test
    void a_million_lines_import_within_a_256_megabyte_heap() throws Exception {
        Path folder = Path.of("target", "large-import");
        Files.createDirectories(folder);
        Path log = folder.resolve("child.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ImportBenchmark.class.getName(), folder.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("RESULT lines=1000000 ");
    }
}

package fr.essor.imports.service;

import fr.essor.rollout.Deployment;
import fr.essor.rollout.MilestoneBulkWrites;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** One reading of the file, line by line, each line checked against what Essor held when it began. */
final class ImportPass {

    private ImportPass() {
    }

    /** @param checked called for each line in order, with the checks' own copy to build a preview's cells */
    static void run(ImportRequest request, InputStream input, Deployment deployment, LocalDate today,
                    MilestoneBulkWrites rules, Visitor checked) {
        DayKeys stored = storedKeys(request, rules);
        CsvFile.read(input, new CsvFile.RecordVisitor() {
            private @Nullable LineChecks checks;

            @Override
            public void start(List<String> header) {
                checks = new LineChecks(request, header, deployment, today, stored);
            }

            @Override
            public void record(long recordNumber, CSVRecord record) {
                LineChecks lines = checks;
                if (lines != null) {
                    checked.line(lines.check(recordNumber, record), lines);
                }
            }
        });
    }

    interface Visitor {
        void line(LineChecks.Checked line, LineChecks checks);
    }

    private static DayKeys storedKeys(ImportRequest request, MilestoneBulkWrites rules) {
        DayKeys stored = new DayKeys();
        if (request.content() == ImportContent.MEASUREMENTS) {
            rules.forEachMeasurementKey(request.deploymentId(), stored::addMeasurement);
        } else {
            rules.forEachEventKey(request.deploymentId(), stored::addEvent);
        }
        return stored;
    }

    /** Adapts a plain consumer when the checks are not needed. */
    static Visitor each(Consumer<LineChecks.Checked> line) {
        return (checked, checks) -> line.accept(checked);
    }
}

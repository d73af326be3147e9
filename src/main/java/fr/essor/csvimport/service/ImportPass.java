package fr.essor.csvimport.service;

import fr.essor.rollout.IntakeBatch;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** One reading of the file, line by line, each line handed to the intake as it is read. */
final class ImportPass {

    private ImportPass() {
    }

    /** @param checked called for each line in order, with the checks' own copy to build a preview's cells */
    static void run(ImportRequest request, InputStream input, IntakeBatch intake, Visitor checked) {
        CsvFile.read(input, new CsvFile.RecordVisitor() {
            private @Nullable LineChecks checks;

            @Override
            public void start(List<String> header) {
                checks = new LineChecks(request, header, intake);
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

    /** Adapts a plain consumer when the checks are not needed. */
    static Visitor each(Consumer<LineChecks.Checked> line) {
        return (checked, checks) -> line.accept(checked);
    }
}

package fr.essor.comparison.ui;

import com.vaadin.flow.component.Component;
import fr.essor.base.csv.CsvWriter;
import fr.essor.comparison.service.ComparedDeployment;
import fr.essor.rollout.ui.DeploymentLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The side-by-side table as CSV, in the reader's language, numbers as numbers. */
final class ComparisonCsv {

    private ComparisonCsv() {
    }

    static byte[] of(List<ComparedDeployment> compared, List<ComparisonRow> rows, Component in, Locale locale) {
        CsvWriter csv = CsvWriter.forLanguageOf(locale);
        List<Object> header = new ArrayList<>();
        header.add(in.getTranslation(locale, "compare.table.what"));
        compared.forEach(d -> header.add(DeploymentLabels.name(in, locale, d.organisation(), d.demo())));
        header.add(in.getTranslation(locale, "compare.table.market"));
        csv.row(header);
        for (ComparisonRow row : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.exportLabel());
            compared.forEach(d -> cells.add(row.exported(d.id())));
            cells.add(row.market());
            csv.row(cells);
        }
        return csv.bytes();
    }
}

package fr.essor.comparison.ui;

import com.vaadin.flow.component.Component;
import fr.essor.comparison.service.ComparedDeployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The side-by-side table as CSV: semicolons for French spreadsheets, commas for English ones. */
final class ComparisonCsv {

    private ComparisonCsv() {
    }

    static String of(List<ComparedDeployment> compared, List<ComparisonRow> rows, Component in, Locale locale) {
        String separator = locale.getLanguage().equals("en") ? "," : ";";
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(in.getTranslation("compare.table.what"));
        compared.forEach(d -> header.add(d.organisation()));
        header.add(in.getTranslation("compare.table.market"));
        csv.append(line(header, separator));
        for (ComparisonRow row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            compared.forEach(d -> cells.add(row.cell(d.id())));
            cells.add(row.market());
            csv.append(line(cells, separator));
        }
        return csv.toString();
    }

    private static String line(List<String> cells, String separator) {
        return String.join(separator, cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList()) + "\r\n";
    }
}

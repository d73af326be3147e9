package fr.essor.comparison.ui;

import java.util.Map;
import java.util.Set;

/**
 * One line of the side-by-side table: a label, a cell per deployment, the best cells, the market figure;
 * and the same line for a spreadsheet: its label with the unit, each value as a number where it is one.
 */
record ComparisonRow(String key, String label, Map<Long, String> cells, Set<Long> best, String market,
                     String exportLabel, Map<Long, Object> exported) {

    String cell(long deploymentId) {
        return cells.getOrDefault(deploymentId, "");
    }

    /** The number (or, for a text row, the text) a spreadsheet gets for this deployment. */
    Object exported(long deploymentId) {
        return exported.getOrDefault(deploymentId, cell(deploymentId));
    }
}

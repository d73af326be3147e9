package fr.essor.comparison.ui;

import java.util.Map;
import java.util.Set;

/** One line of the side-by-side table: a label, a cell per deployment, the best cells, the market figure. */
record ComparisonRow(String key, String label, Map<Long, String> cells, Set<Long> best, String market) {

    String cell(long deploymentId) {
        return cells.getOrDefault(deploymentId, "");
    }
}

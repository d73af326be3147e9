package fr.essor.csvimport.service;

import fr.essor.rollout.LineOutcome;
import fr.essor.base.domain.Violation;
import java.util.List;
import java.util.Map;

/**
 * One line as the preview shows it: its number in the file (the header is line 1), the text of each
 * mapped cell, what happens to it and why. A reason's field is the label key of the field it concerns.
 */
public record LineResult(long line, Map<ImportField, String> cells, LineOutcome outcome, List<Violation> reasons) {
}

package fr.essor.csvimport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.essor.base.domain.Violation;
import fr.essor.csvimport.service.ImportField;
import fr.essor.csvimport.service.ImportPreview;
import fr.essor.csvimport.service.LineResult;
import java.util.List;
import java.util.stream.Collectors;

/** The preview: counts for the whole file, then the first lines with what happens to each and why (text only). */
class PreviewGrid extends Composite<VerticalLayout> {

    private final Paragraph counts = new Paragraph();
    private final Paragraph firstLines = new Paragraph();
    private final Grid<LineResult> grid = new Grid<>();

    PreviewGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(LineResult::line).setKey("line").setHeader(getTranslation("import.column.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.cells().getOrDefault(ImportField.DATE, "")).setKey("date")
                .setHeader(getTranslation("milestone.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::values).setKey("values").setHeader(getTranslation("milestone.details")).setFlexGrow(2);
        grid.addColumn(line -> getTranslation("import.outcome." + line.outcome())).setKey("result")
                .setHeader(getTranslation("import.column.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::reasons).setKey("reason").setHeader(getTranslation("import.column.reason")).setFlexGrow(3);
        grid.setHeight("22rem");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(counts, firstLines, grid);
        setVisible(false);
    }

    void show(ImportPreview preview) {
        counts.setText(getTranslation("import.preview.counts", preview.lines(), preview.added(), preview.replaces(),
                preview.skipped(), preview.refused()));
        firstLines.setText(getTranslation("import.preview.firstLines", preview.firstLines().size()));
        grid.setItems(preview.firstLines());
        setVisible(true);
    }

    void clear() {
        grid.setItems(List.of());
        setVisible(false);
    }

    private String values(LineResult line) {
        return line.cells().entrySet().stream().filter(cell -> cell.getKey() != ImportField.DATE && !cell.getValue().isEmpty())
                .map(cell -> getTranslation("import.reason", getTranslation(cell.getKey().labelKey()), cell.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private String reasons(LineResult line) {
        return line.reasons().stream().map(this::reason).collect(Collectors.joining(" "));
    }

    /** The import's own messages name the field before them; the forms' rules already name it in theirs. */
    private String reason(Violation violation) {
        String message = getTranslation(violation.messageKey(), violation.argumentArray());
        boolean namesItsField = !violation.messageKey().startsWith("import.") && !violation.messageKey().startsWith("validation.");
        return namesItsField ? message : getTranslation("import.reason", getTranslation(violation.field()), message);
    }
}

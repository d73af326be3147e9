package fr.essor.csvimport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.ui.DeleteConfirmation;
import fr.essor.base.ui.UsersDay;
import fr.essor.csvimport.service.ImportService;
import fr.essor.csvimport.service.ImportSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A deployment's imports, newest first, for its members and the admins; an admin undoes one as a whole
 * (after a confirmation that says how many rows go and come back). Hidden when there is none.
 */
class ImportList extends Composite<VerticalLayout> {

    private final ImportService imports;
    private final long deploymentId;
    private final Runnable onUndone;
    /**
     * Built with the first import to show: most deployments have none, and a hidden grid still holds its columns,
     * renderers and the browser calls queued for when it shows (tens of KB in every session on the page).
     */
    private @Nullable Grid<ImportSummary> grid;

    ImportList(ImportService imports, long deploymentId, Runnable onUndone) {
        this.imports = imports;
        this.deploymentId = deploymentId;
        this.onUndone = onUndone;
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("import.list.title")));
        refresh();
    }

    void refresh() {
        List<ImportSummary> shown = imports.mayReadImports(deploymentId) ? imports.imports(deploymentId) : List.of();
        setVisible(!shown.isEmpty());
        if (!shown.isEmpty() || grid != null) {
            grid().setItems(shown);
            // An undone import's status ("Undone by …") is longer than the Undo button the column was sized for.
            grid().recalculateColumnWidths();
        }
    }

    private Grid<ImportSummary> grid() {
        if (grid != null) {
            return grid;
        }
        Grid<ImportSummary> built = new Grid<>();
        ZoneId zone = Objects.requireNonNullElse(UsersDay.zone(), ZoneId.systemDefault());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        built.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        built.setAllRowsVisible(true);
        built.addColumn(summary -> when.format(summary.importedAt())).setKey("when")
                .setHeader(getTranslation("import.list.when")).setAutoWidth(true).setFlexGrow(0);
        built.addColumn(ImportSummary::importedBy).setKey("who").setHeader(getTranslation("import.list.who")).setAutoWidth(true).setFlexGrow(0);
        built.addColumn(ImportSummary::fileName).setKey("file").setHeader(getTranslation("import.list.file")).setFlexGrow(2);
        built.addColumn(summary -> getTranslation("import.preset." + summary.preset())).setKey("preset")
                .setHeader(getTranslation("import.preset")).setFlexGrow(1);
        built.addColumn(ImportSummary::linesSaved).setKey("lines").setHeader(getTranslation("import.list.lines")).setAutoWidth(true).setFlexGrow(0);
        built.addComponentColumn(this::undoOrStatus).setKey("undo").setAutoWidth(true).setFlexGrow(0);
        getContent().add(built);
        grid = built;
        return built;
    }

    private com.vaadin.flow.component.Component undoOrStatus(ImportSummary summary) {
        if (summary.undone()) {
            return new Span(getTranslation("import.list.undone", summary.undoneBy()));
        }
        Button undo = new Button(getTranslation("import.undo"), click -> confirmUndo(summary));
        undo.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        undo.setVisible(imports.mayUndo());
        return undo;
    }

    private void confirmUndo(ImportSummary summary) {
        DeleteConfirmation confirm = new DeleteConfirmation(getTranslation("import.undo.confirm.title", summary.fileName()),
                // Lines saved count the replacing ones too: those are "replaced", not "added".
                getTranslation("import.undo.confirm.text", summary.fileName(), summary.linesSaved() - summary.rowsReplaced(),
                        summary.rowsReplaced()));
        confirm.setConfirmText(getTranslation("import.undo"));
        // "Annuler" next to "Annuler l'import" reads twice as undo: the way out says what it keeps.
        confirm.cancelButton().setText(getTranslation("import.undo.keep"));
        confirm.addConfirmListener(confirmed -> {
            try {
                imports.undo(summary.id());
                Notification.show(getTranslation("import.undo.done", summary.fileName()));
            } catch (RuleViolationException refused) {
                Notification.show(refused.violations().stream()
                        .map(violation -> getTranslation(violation.messageKey(), violation.argumentArray()))
                        .collect(Collectors.joining(" ")), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
            refresh();
            onUndone.run();
        });
        confirm.open();
    }
}

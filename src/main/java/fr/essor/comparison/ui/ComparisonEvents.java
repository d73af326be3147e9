package fr.essor.comparison.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.essor.activation.service.EventMark;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.comparison.service.AlignedEvent;
import fr.essor.comparison.service.ComparedDeployment;
import fr.essor.rollout.RolloutCalendar;
import fr.essor.rollout.ui.DeploymentLabels;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The events drawn on the comparison chart, as a table: markers' hover texts are out of reach for
 * keyboards and screen readers, and a long title is cut on the chart.
 */
final class ComparisonEvents extends Details {

    record Row(String deployment, AlignedEvent aligned) {
    }

    private final Grid<Row> grid = new Grid<>();
    /** The user's today: an event after it is planned, and says so. */
    private LocalDate today = LocalDate.MAX;

    ComparisonEvents() {
        setSummaryText(getTranslation("compare.events"));
        setWidthFull();
        grid.addColumn(Row::deployment).setHeader(getTranslation("compare.events.deployment")).setKey("deployment");
        grid.addColumn(row -> DisplayFormats.date(row.aligned().event().date(), getLocale())).setHeader(getTranslation("csv.date"))
                .setKey("date");
        grid.addColumn(row -> row.aligned().monthsSinceLaunch() == null ? "" : String.valueOf(row.aligned().monthsSinceLaunch()))
                .setHeader(getTranslation("compare.chart.months")).setKey("month");
        grid.addColumn(row -> kind(row.aligned().event())).setHeader(getTranslation("milestone.kind")).setKey("kind");
        grid.addColumn(row -> details(row.aligned().event())).setHeader(getTranslation("milestone.details")).setKey("details");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        add(grid);
    }

    /** Every event of the compared deployments, oldest first. */
    void show(List<ComparedDeployment> compared, LocalDate today) {
        this.today = today;
        List<Row> rows = compared.stream()
                .flatMap(d -> d.events().stream().map(aligned -> new Row(
                        DeploymentLabels.name(this, getLocale(), d.organisation(), d.demo()), aligned)))
                .sorted(Comparator.comparing(row -> row.aligned().event().date()))
                .toList();
        grid.setItems(rows);
        setVisible(!rows.isEmpty());
    }

    private String kind(EventMark event) {
        return DeploymentLabels.eventKind(this, event.kind(), RolloutCalendar.planned(event.date(), today));
    }

    private static String details(EventMark event) {
        return DeploymentLabels.eventDetails(event.title(), event.note());
    }
}

package fr.essor.activation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.EventMark;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.UsersDay;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.rollout.RolloutCalendar;
import fr.essor.rollout.ui.DeploymentLabels;
import fr.essor.base.ui.GridHeights;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * The chart as tables, for screen readers and for reading exact figures: the points drawn, the projected
 * points apart and marked as projected, and the events behind the markers as text (hover titles are out of
 * reach for keyboards). Built only when someone opens them: three grids for every visit to a deployment's
 * page held its session's memory for a table most people never open.
 */
class ChartDataTables extends Composite<VerticalLayout> {

    private final Grid<SeriesPoint> table = new Grid<>();
    private final Grid<ProjectedPoint> projectionTable = new Grid<>();
    private final Grid<EventMark> eventTable = new Grid<>();
    private final H3 projectionTableTitle = new H3();
    private final Clock clock;

    ChartDataTables(Clock clock) {
        this.clock = clock;
        table.addColumn(point -> DisplayFormats.date(point.date(), getLocale())).setHeader(getTranslation("csv.date")).setKey("date");
        table.addColumn(point -> DisplayFormats.number(point.value(), getLocale())).setHeader(getTranslation("csv.activeUsers")).setKey("value");
        table.addColumn(point -> DisplayFormats.percent(point.ratePct(), getLocale())).setHeader(getTranslation("csv.rate")).setKey("rate");
        table.addColumn(point -> point.source() == null ? "" : point.source()).setHeader(getTranslation("csv.source")).setKey("source");
        projectionTable.addColumn(point -> DisplayFormats.date(point.day(), getLocale())).setHeader(getTranslation("csv.date")).setKey("date");
        projectionTable.addColumn(point -> getTranslation("forecast.projected")).setHeader(getTranslation("csv.kind")).setKey("kind");
        projectionTable.addColumn(point -> percent(point.ratePct())).setHeader(getTranslation("csv.rate")).setKey("rate");
        projectionTable.addColumn(point -> getTranslation("forecast.table.range", percent(point.lowPct()), percent(point.highPct())))
                .setHeader(getTranslation("forecast.table.band")).setKey("band");
        eventTable.addColumn(event -> DisplayFormats.date(event.date(), getLocale())).setHeader(getTranslation("csv.date")).setKey("date");
        eventTable.addColumn(event -> DeploymentLabels.eventKind(this, event.kind(), RolloutCalendar.planned(event.date(), UsersDay.today(clock))))
                .setHeader(getTranslation("milestone.kind")).setKey("kind");
        eventTable.addColumn(event -> DeploymentLabels.eventDetails(event.title(), event.note()))
                .setHeader(getTranslation("milestone.details")).setKey("details");
        for (Grid<?> grid : List.of(table, projectionTable, eventTable)) {
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
            grid.setWidthFull();
        }
        projectionTableTitle.setText(getTranslation("forecast.table.title"));
        getContent().setPadding(false);
        getContent().add(table, projectionTableTitle, projectionTable, eventTable);
    }

    /** Shows what the chart shows now: its points, the projection after the last measurement, its events. */
    void show(ActivationSeries series, List<ProjectedPoint> projected) {
        showRows(table, series.activeUsers());
        showRows(projectionTable, projected);
        projectionTable.setVisible(!projected.isEmpty());
        projectionTableTitle.setVisible(!projected.isEmpty());
        showRows(eventTable, series.events());
        eventTable.setVisible(!series.events().isEmpty());
    }

    /**
     * Up to the chart's 1,000 points per curve: drawing every row of ten years of daily figures took seconds
     * and held the page's memory for nothing, so beyond a few the table scrolls.
     */
    static <T> void showRows(Grid<T> grid, List<T> rows) {
        grid.setItems(rows);
        GridHeights.wholeOrScrolling(grid, rows.size(), WHOLE_TABLE_ROWS, "28rem");
    }

    static final int WHOLE_TABLE_ROWS = 24;

    private String percent(double pct) {
        return DisplayFormats.percent(BigDecimal.valueOf(pct), getLocale());
    }
}

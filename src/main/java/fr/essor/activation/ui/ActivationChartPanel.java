package fr.essor.activation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.Bucketing;
import fr.essor.activation.service.ChartPeriod;
import fr.essor.activation.service.EventMark;
import fr.essor.activation.service.OutlookService;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.UsersDay;
import fr.essor.component.apexchart.ApexChart;
import fr.essor.forecast.ui.OutlookTexts;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A deployment's activation curve with its events and target, its country reach, the data as a table
 * for screen readers, and a CSV export. {@link #refresh()} redraws it after a milestone changes.
 */
public class ActivationChartPanel extends Composite<VerticalLayout> {

    private final ActivationSeriesService service;
    private final OutlookService outlook;
    private final long deploymentId;
    private final Clock clock;
    final Select<PeriodChoice> period = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Bucketing> bucketing = new Select<>();
    final RadioButtonGroup<Metric> metric = new RadioButtonGroup<>();
    final ApexChart activationChart = new ApexChart();
    final ApexChart reachChart = new ApexChart();
    final H3 reachTitle = new H3();
    final Paragraph help = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Grid<SeriesPoint> table = new Grid<>();
    /** The events drawn as markers, as text: hover titles are out of reach for keyboards and screen readers. */
    final Grid<EventMark> eventTable = new Grid<>();
    private final Details tableDetails = new Details();
    private final H3 projectionTableTitle = new H3();
    final Paragraph summary = new Paragraph();
    /** Under the chart: where the curve is heading ("At this pace, 80 % is reached around…"), or why it is not drawn. */
    final Paragraph projectionSentence = new Paragraph();
    final Paragraph projectionDetails = new Paragraph();
    final Paragraph pace = new Paragraph();
    /** The projected points, listed apart from the measurements and marked as projected. */
    final Grid<ProjectedPoint> projectionTable = new Grid<>();
    private Projection projection = new Projection.NotEnoughHistory(0, 0, 0);
    private @Nullable Pace shownPace;
    private final Anchor csv = new Anchor();
    private @Nullable ActivationSeries shown;

    public ActivationChartPanel(ActivationSeriesService service, OutlookService outlook, long deploymentId, Clock clock) {
        this.service = service;
        this.outlook = outlook;
        this.deploymentId = deploymentId;
        this.clock = clock;
        configureControls();
        configureTable();
        csv.setText(getTranslation("chart.exportCsv"));
        // The download request runs without the page's UI, so the language is taken now (a change of
        // language redraws the page, and this with it).
        Locale language = getLocale();
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csvIn(language);
            String name = shown == null ? "essor.csv" : SeriesCsv.fileName(shown);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv;charset=UTF-8", bytes.length);
        }));
        csv.getElement().setAttribute("download", true);
        HorizontalLayout controls = new HorizontalLayout(period, from, to, bucketing, metric, csv);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        reachTitle.setText(getTranslation("chart.reach.title"));
        empty.setText(getTranslation("chart.empty"));
        help.addClassName("essor-help");
        getContent().setPadding(false);
        projectionSentence.setId("projection-sentence");
        projectionDetails.addClassName("essor-help");
        pace.setId("pace");
        getContent().add(new H2(getTranslation("chart.title")), summary, controls, help, empty, activationChart,
                projectionSentence, projectionDetails, pace, reachTitle, reachChart, tableDetails);
        refresh();
    }

    private void configureControls() {
        period.setLabel(getTranslation("chart.period"));
        period.setItems(PeriodChoice.values());
        period.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation("chart.period." + choice.name()));
        period.setValue(PeriodChoice.ALL_TIME);
        from.setLabel(getTranslation("chart.from"));
        to.setLabel(getTranslation("chart.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        bucketing.setId("chart-bucketing");
        bucketing.setLabel(getTranslation("chart.bucketing"));
        bucketing.setItems(Bucketing.values());
        bucketing.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation("chart.bucketing." + choice.name()));
        bucketing.setValue(Bucketing.MONTH);
        metric.setLabel(getTranslation("chart.metric"));
        metric.setItems(Metric.values());
        metric.setItemLabelGenerator(choice -> getTranslation("chart.metric." + choice.name()));
        metric.setValue(Metric.RATE);
        period.addValueChangeListener(change -> redraw());
        from.addValueChangeListener(change -> redraw());
        to.addValueChangeListener(change -> redraw());
        bucketing.addValueChangeListener(change -> redraw());
        metric.addValueChangeListener(change -> redraw());
    }

    private void configureTable() {
        table.addColumn(point -> DisplayFormats.date(point.date(), getLocale())).setHeader(getTranslation("csv.date")).setKey("date");
        table.addColumn(point -> DisplayFormats.number(point.value(), getLocale())).setHeader(getTranslation("csv.activeUsers")).setKey("value");
        table.addColumn(point -> DisplayFormats.percent(point.ratePct(), getLocale())).setHeader(getTranslation("csv.rate")).setKey("rate");
        table.addColumn(point -> point.source() == null ? "" : point.source()).setHeader(getTranslation("csv.source")).setKey("source");
        eventTable.addColumn(event -> DisplayFormats.date(event.date(), getLocale())).setHeader(getTranslation("csv.date")).setKey("date");
        eventTable.addColumn(event -> getTranslation("eventKind." + event.kind().name())
                        + (event.date().start().isAfter(UsersDay.today(clock)) ? " · " + getTranslation("milestone.planned") : ""))
                .setHeader(getTranslation("milestone.kind")).setKey("kind");
        eventTable.addColumn(event -> event.note() == null || event.note().isBlank() ? event.title() : event.title() + " — " + event.note())
                .setHeader(getTranslation("milestone.details")).setKey("details");
        for (Grid<?> grid : List.of(table, eventTable)) {
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
            grid.setWidthFull();
        }
        projectionTable.addColumn(point -> DisplayFormats.date(point.day(), getLocale())).setHeader(getTranslation("csv.date")).setKey("date");
        projectionTable.addColumn(point -> getTranslation("forecast.projected")).setHeader(getTranslation("csv.kind")).setKey("kind");
        projectionTable.addColumn(point -> percent(point.ratePct())).setHeader(getTranslation("csv.rate")).setKey("rate");
        projectionTable.addColumn(point -> getTranslation("forecast.table.range", percent(point.lowPct()), percent(point.highPct())))
                .setHeader(getTranslation("forecast.table.band")).setKey("band");
        projectionTable.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        projectionTable.setWidthFull();
        projectionTableTitle.setText(getTranslation("forecast.table.title"));
        tableDetails.setSummaryText(getTranslation("chart.table"));
        tableDetails.setWidthFull();
        tableDetails.add(table, projectionTableTitle, projectionTable, eventTable);
    }

    /** Reads the series again and redraws both charts. */
    public void refresh() {
        // The projection and the pace read the whole history (and every deployment's, for the pace): only a
        // change of the data calls for them again, not a change of period, grouping or metric.
        ActivationSeries allTimeMonthly = service.series(deploymentId, ChartPeriod.ALL_TIME, Bucketing.MONTH);
        projection = outlook.projection(allTimeMonthly);
        shownPace = outlook.pace(deploymentId).orElse(null);
        redraw(allTimeMonthly);
    }

    private void redraw() {
        redraw(null);
    }

    /** Draws the chosen period and grouping; the whole history by month, just read for the projection, is reused. */
    private void redraw(@Nullable ActivationSeries allTimeMonthly) {
        boolean range = period.getValue() == PeriodChoice.RANGE;
        from.setVisible(range);
        to.setVisible(range);
        ActivationSeries series = allTimeMonthly != null && period.getValue() == PeriodChoice.ALL_TIME
                && bucketing.getValue() == Bucketing.MONTH ? allTimeMonthly
                : service.series(deploymentId, chosenPeriod(), bucketing.getValue());
        shown = series;
        help.setText(getTranslation("chart.help." + series.bucketing().name()));
        empty.setVisible(series.isEmpty());
        ActivationChartOptions options = new ActivationChartOptions(this, getLocale(), UsersDay.today(clock));
        summary.setText(options.summary(series));
        activationChart.setVisible(!series.activeUsers().isEmpty());
        // Drawn on the rate over all time or the last 12 months; chosen dates show just those dates.
        Projection.Drawn drawn = projection instanceof Projection.Drawn d && metric.getValue() == Metric.RATE
                && period.getValue() != PeriodChoice.RANGE ? d : null;
        activationChart.setOptions(options.activation(series, metric.getValue(), 360, period.getValue() == PeriodChoice.ALL_TIME, drawn));
        OutlookTexts texts = new OutlookTexts(this, getLocale());
        projectionSentence.setText(texts.sentence(projection));
        projectionDetails.setText(texts.details(projection));
        projectionDetails.setVisible(!projectionDetails.getText().isEmpty());
        pace.setText(shownPace == null ? "" : texts.pace(shownPace));
        pace.setVisible(shownPace != null);
        List<ProjectedPoint> projected = drawn == null ? List.of() : drawn.points().subList(1, drawn.points().size());
        showRows(projectionTable, projected);
        projectionTable.setVisible(!projected.isEmpty());
        projectionTableTitle.setVisible(!projected.isEmpty());
        boolean reach = !series.countriesReached().isEmpty() && series.countriesPresent() != null;
        reachTitle.setVisible(reach);
        reachChart.setVisible(reach);
        reachChart.setOptions(options.reach(series, 260));
        showRows(table, series.activeUsers());
        showRows(eventTable, series.events());
        eventTable.setVisible(!series.events().isEmpty());
        tableDetails.setVisible(!series.activeUsers().isEmpty());
    }

    /**
     * A few rows are shown whole; more (up to the chart's 1,000 points per curve) scroll inside a table of
     * fixed height, whose rows the browser asks for a page at a time as they come into view: rendering
     * every row of ten years of daily figures took seconds and held the page's memory for nothing.
     */
    static <T> void showRows(Grid<T> grid, List<T> rows) {
        grid.setItems(rows);
        boolean whole = rows.size() <= WHOLE_TABLE_ROWS;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "28rem");
    }

    static final int WHOLE_TABLE_ROWS = 24;

    private ChartPeriod chosenPeriod() {
        return switch (period.getValue()) {
            case ALL_TIME -> ChartPeriod.ALL_TIME;
            case LAST_12_MONTHS -> ChartPeriod.lastMonths(12, UsersDay.today(clock));
            case RANGE -> new ChartPeriod(from.getValue(), to.getValue());
        };
    }

    byte[] csvIn(Locale language) {
        return shown == null ? new byte[0] : SeriesCsv.of(shown, projection, shownPace, this, language);
    }

    private String percent(double pct) {
        return DisplayFormats.percent(java.math.BigDecimal.valueOf(pct), getLocale());
    }
}

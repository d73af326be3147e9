package fr.essor.activation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
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
import fr.essor.activation.service.OutlookService;
import fr.essor.base.ui.UsersDay;
import fr.essor.component.apexchart.ApexChart;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import fr.essor.base.ui.Fields;
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
    private final Select<PeriodChoice> period = new Select<>();
    private final DatePicker from = Fields.date();
    private final DatePicker to = Fields.date();
    private final Select<Bucketing> bucketing = new Select<>();
    private final RadioButtonGroup<Metric> metric = new RadioButtonGroup<>();
    private final ApexChart activationChart = new ApexChart();
    private final ApexChart reachChart = new ApexChart();
    private final H3 reachTitle = new H3();
    private final Paragraph help = new Paragraph();
    private final Paragraph empty = new Paragraph();
    /** The chart as tables, built the first time they are opened. */
    private final Details tableDetails = new Details();
    private @Nullable ChartDataTables tables;
    private final Paragraph summary = new Paragraph();
    /** Under the chart: where the curve is heading ("At this pace, 80 % is reached around…"), or why it is not drawn. */
    private final Paragraph projectionSentence = new Paragraph();
    private final Paragraph projectionDetails = new Paragraph();
    private final Paragraph pace = new Paragraph();
    /** The projected points after the last measurement, as the chart draws them now (for the tables). */
    private volatile List<ProjectedPoint> projected = List.of(); // volatile: the download runs on another request
    private Projection projection = new Projection.NotEnoughHistory(0, 0, 0);
    private volatile @Nullable Pace shownPace; // volatile: the download reads it too
    private final Anchor csv = new Anchor();
    /**
     * What the chart shows now, read again for the tables and the CSV when asked for: the series itself is not
     * kept, it would stay in the session (25 KB for ten years by month) for an export or a table few ask for.
     */
    private volatile ChartPeriod shownPeriod = ChartPeriod.ALL_TIME; // volatile: the download runs on another request
    private volatile Bucketing shownBucketing = Bucketing.MONTH;

    public ActivationChartPanel(ActivationSeriesService service, OutlookService outlook, long deploymentId, Clock clock) {
        this.service = service;
        this.outlook = outlook;
        this.deploymentId = deploymentId;
        this.clock = clock;
        configureControls();
        tableDetails.setSummaryText(getTranslation("chart.table"));
        tableDetails.setWidthFull();
        tableDetails.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                tables();
            }
        });
        csv.setText(getTranslation("chart.exportCsv"));
        // The download request runs without the page's UI, so the language is taken now (a change of
        // language redraws the page, and this with it).
        Locale language = getLocale();
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            ActivationSeries series = shownSeries();
            byte[] bytes = csvIn(series, language);
            String name = SeriesCsv.fileName(series);
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
        projectionDetails.setId("projection-details");
        projectionDetails.addClassName("essor-help");
        pace.setId("pace");
        activationChart.setId("activation-chart");
        reachChart.setId("reach-chart");
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
        // Whether "to" is before "from" is this panel's to say, next to the field (see redraw).
        to.setManualValidation(true);
        to.setErrorMessage(getTranslation("chart.range.reversed"));
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

    /** The chart's tables, built and filled on first use, kept up to date afterwards. */
    private ChartDataTables tables() {
        if (tables == null) {
            tables = new ChartDataTables(clock);
            tableDetails.add(tables);
            tables.show(shownSeries(), projected);
        }
        return tables;
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
        boolean reversed = range && from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(reversed);
        if (reversed) {
            return; // an empty chart would say "no measurement in this period", which is not what is wrong
        }
        shownPeriod = chosenPeriod();
        shownBucketing = bucketing.getValue();
        ActivationSeries series = allTimeMonthly != null && period.getValue() == PeriodChoice.ALL_TIME
                && bucketing.getValue() == Bucketing.MONTH ? allTimeMonthly
                : shownSeries();
        help.setText(getTranslation("chart.help." + series.bucketing().name()));
        empty.setVisible(series.isEmpty());
        ActivationChartOptions options = new ActivationChartOptions(this, getLocale(), UsersDay.today(clock));
        summary.setText(options.summary(series));
        activationChart.setVisible(!series.activeUsers().isEmpty());
        // Drawn on the rate over all time or the last 12 months; chosen dates show just those dates.
        Projection.Drawn drawn = projection instanceof Projection.Drawn d && metric.getValue() == Metric.RATE
                && period.getValue() != PeriodChoice.RANGE ? d : null;
        activationChart.setOptions(options.activation(series, metric.getValue(), 360, period.getValue() == PeriodChoice.ALL_TIME, drawn,
                period.getValue() == PeriodChoice.RANGE ? shownPeriod : null));
        OutlookTexts texts = new OutlookTexts(this, getLocale());
        // Said "at this pace" beside a chart without the dashed curve, the sentence sends the reader looking for it.
        String whereDrawn = projection instanceof Projection.Drawn && drawn == null ? " " + getTranslation("forecast.drawnOn") : "";
        projectionSentence.setText(texts.sentence(projection) + whereDrawn);
        projectionDetails.setText(texts.details(projection));
        projectionDetails.setVisible(!projectionDetails.getText().isEmpty());
        pace.setText(shownPace == null ? "" : texts.pace(shownPace));
        pace.setVisible(shownPace != null);
        projected = drawn == null ? List.of() : drawn.points().subList(1, drawn.points().size());
        boolean reach = !series.countriesReached().isEmpty() && series.countriesPresent() != null;
        reachTitle.setVisible(reach);
        reachChart.setVisible(reach);
        reachChart.setOptions(options.reach(series, 260));
        if (tables != null) {
            tables.show(series, projected);
        }
        tableDetails.setVisible(!series.activeUsers().isEmpty());
    }

    private ActivationSeries shownSeries() {
        return service.series(deploymentId, shownPeriod, shownBucketing);
    }

    private ChartPeriod chosenPeriod() {
        return switch (period.getValue()) {
            case ALL_TIME -> ChartPeriod.ALL_TIME;
            case LAST_12_MONTHS -> ChartPeriod.lastMonths(12, UsersDay.today(clock));
            case RANGE -> new ChartPeriod(from.getValue(), to.getValue());
        };
    }

    private byte[] csvIn(ActivationSeries series, Locale language) {
        return SeriesCsv.of(series, projected, shownPace, this, language);
    }
}

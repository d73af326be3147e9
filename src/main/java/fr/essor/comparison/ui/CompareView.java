package fr.essor.comparison.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.essor.base.ui.UsersDay;
import fr.essor.comparison.service.CaseComparisonService;
import fr.essor.comparison.service.ComparedDeployment;
import fr.essor.comparison.service.MarketBenchmarks;
import fr.essor.component.apexchart.ApexChart;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.ui.DeploymentLabels;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compare 2 to 6 deployments: their activation curves overlaid on months since launch (or the
 * calendar) and a side-by-side table with the market's figures. The selection lives in the URL.
 */
@Route("compare")
@PermitAll
@Menu(title = "menu.compare", order = 3)
class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Axis { MONTHS_SINCE_LAUNCH, CALENDAR }

    private final CaseComparisonService comparisons;
    private final MarketBenchmarks market;
    private final MultiSelectComboBox<DeploymentSummary> picker = new MultiSelectComboBox<>();
    private final RadioButtonGroup<Axis> axis = new RadioButtonGroup<>();
    private final ApexChart chart = new ApexChart();
    private final Paragraph leftOut = new Paragraph();
    private final Paragraph prompt = new Paragraph();
    private final Paragraph unknownIds = new Paragraph();
    private final Grid<ComparisonRow> table = new Grid<>();
    private final ComparisonEvents events = new ComparisonEvents();
    private final Clock clock;
    private final Anchor csv = new Anchor();
    private List<ComparedDeployment> compared = List.of();
    private List<ComparisonRow> rows = List.of();

    CompareView(CaseComparisonService comparisons, MarketBenchmarks market, DeploymentService deployments, Clock clock) {
        this.comparisons = comparisons;
        this.clock = clock;
        this.market = market;
        picker.setLabel(getTranslation("compare.pick"));
        picker.setHelperText(getTranslation("compare.pick.help"));
        picker.setItems(deployments.summaries());
        picker.setItemLabelGenerator(d -> DeploymentLabels.name(this, getLocale(), d.organisation(), d.demo()));
        picker.setWidth("min(40rem, 100%)");
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                selectionChanged();
            }
        });
        axis.setLabel(getTranslation("compare.axis"));
        axis.setItems(Axis.values());
        axis.setItemLabelGenerator(choice -> getTranslation("compare.axis." + choice.name()));
        axis.setValue(Axis.MONTHS_SINCE_LAUNCH);
        axis.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                keepInAddress();
            }
            drawChart();
        });
        csv.setText(getTranslation("compare.exportCsv"));
        // The download request runs without the page's UI, so the language is taken now (a change of
        // language redraws the page, and this with it).
        Locale language = getLocale();
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ComparisonCsv.of(compared, rows, this, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "essor-comparison.csv", "text/csv;charset=UTF-8", bytes.length);
        }));
        csv.getElement().setAttribute("download", true);
        prompt.setText(getTranslation("compare.prompt"));
        leftOut.addClassName("essor-help");
        table.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT, GridVariant.COLUMN_BORDERS);
        table.addClassName("essor-compare-table");
        table.setAllRowsVisible(true);
        HorizontalLayout controls = new HorizontalLayout(picker, axis, csv);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        unknownIds.addClassName("essor-warning");
        unknownIds.setVisible(false);
        add(new H1(getTranslation("compare.title")), controls, unknownIds, prompt, chart, leftOut, events, new H2(getTranslation("compare.table")), table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CompareAddress address = CompareAddress.of(event.getLocation().getQueryParameters());
        picker.setValue(picker.getListDataView().getItems().filter(d -> address.ids().contains(d.id())).collect(Collectors.toSet()));
        axis.setValue(address.calendar() ? Axis.CALENDAR : Axis.MONTHS_SINCE_LAUNCH);
        show(address.ids());
        List<String> addressNotes = new ArrayList<>();
        if (!address.unreadable().isEmpty()) {
            addressNotes.add(getTranslation("compare.address.unreadable", address.unreadable().size(),
                    address.unreadable().stream().map(text -> getTranslation("compare.address.quoted", text)).collect(Collectors.joining(", "))));
        }
        if (!address.beyondLimit().isEmpty()) {
            addressNotes.add(getTranslation("compare.address.beyondLimit", address.beyondLimit().size(),
                    address.beyondLimit().stream().map(String::valueOf).collect(Collectors.joining(", ")), CaseComparisonService.MAX_COMPARED));
        }
        if (!addressNotes.isEmpty()) {
            // Said beside the unknown ids, if any: everything the address asked for and did not get.
            addressNotes.addFirst(unknownIds.getText());
            unknownIds.setText(String.join(" ", addressNotes).strip());
            unknownIds.setVisible(true);
        }
    }

    private void selectionChanged() {
        List<Long> ids = picker.getValue().stream().map(DeploymentSummary::id).sorted().toList();
        if (ids.size() > CaseComparisonService.MAX_COMPARED) {
            picker.setErrorMessage(getTranslation("compare.tooMany", CaseComparisonService.MAX_COMPARED));
            picker.setInvalid(true);
            return;
        }
        picker.setInvalid(false);
        keepInAddress();
        show(ids);
    }

    /** The address always says what is compared and on which axis, so it can be bookmarked or sent on. */
    private void keepInAddress() {
        CompareAddress address = new CompareAddress(picker.getValue().stream().map(DeploymentSummary::id).toList(),
                axis.getValue() == Axis.CALENDAR);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address.location()));
    }

    private void show(List<Long> ids) {
        List<ComparedDeployment> found = ids.isEmpty() ? List.of() : comparisons.compare(ids);
        // An address naming deleted or mistyped deployments says so, rather than showing fewer columns.
        List<Long> unknown = ids.stream().filter(id -> found.stream().noneMatch(d -> d.id() == id)).toList();
        unknownIds.setText(unknown.isEmpty() ? "" : getTranslation("compare.unknownIds",
                unknown.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        unknownIds.setVisible(!unknown.isEmpty());
        boolean enough = found.size() >= CaseComparisonService.MIN_COMPARED;
        prompt.setVisible(!enough);
        chart.setVisible(enough);
        table.setVisible(enough);
        leftOut.setVisible(false);
        events.setVisible(false);
        if (!enough) {
            compared = List.of();
            rows = List.of();
            return;
        }
        compared = found;
        rows = new ComparisonTable(this, getLocale(), market).rows(compared);
        drawTable();
        drawChart();
        events.show(compared, UsersDay.today(clock));
    }

    private void drawChart() {
        if (compared.size() < CaseComparisonService.MIN_COMPARED) {
            return;
        }
        ComparisonChartOptions options = new ComparisonChartOptions(this, getLocale());
        chart.setOptions(axis.getValue() == Axis.CALENDAR ? options.calendar(compared) : options.aligned(compared));
        List<String> missing = compared.stream()
                .filter(d -> axis.getValue() == Axis.MONTHS_SINCE_LAUNCH ? !d.launchKnown() || d.aligned().isEmpty() : d.latest() == null)
                .map(d -> getTranslation(d.launchKnown() || axis.getValue() == Axis.CALENDAR ? "compare.leftOut.noRate"
                        : "compare.leftOut.noLaunch", DeploymentLabels.name(this, getLocale(), d.organisation(), d.demo())))
                .toList();
        leftOut.setText(String.join(" ", missing));
        leftOut.setVisible(!missing.isEmpty());
    }

    private void drawTable() {
        table.removeAllColumns();
        // The labels wrap in a column of their own width, so six deployments and the market share the rest
        // evenly: sized to its longest label, the first column left them too narrow for "December 2010".
        table.addColumn(ComparisonRow::label).setHeader(getTranslation("compare.table.what")).setKey("label")
                .setFrozen(true).setWidth("12rem").setFlexGrow(0);
        for (ComparedDeployment d : compared) {
            table.addColumn(row -> row.cell(d.id())).setKey("d" + d.id())
                    .setHeader(DeploymentLabels.name(this, getLocale(), d.organisation(), d.demo()))
                    .setWidth("8rem").setFlexGrow(1)
                    .setPartNameGenerator(row -> row.best().contains(d.id()) ? "essor-best" : null);
        }
        table.addColumn(ComparisonRow::market).setKey("market").setHeader(getTranslation("compare.table.market"))
                .setWidth("8rem").setFlexGrow(1);
        table.setItems(rows);
    }
}

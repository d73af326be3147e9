package fr.essor.rollout.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.essor.base.ui.DeleteConfirmation;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.FormDialog;
import fr.essor.base.ui.StaleEditDialog;
import fr.essor.base.ui.UsersDay;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.Milestone;
import fr.essor.rollout.TimelineRow;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.select.Select;
import fr.essor.rollout.TimelineFilter;
import fr.essor.base.ui.Fields;
import fr.essor.base.ui.GridHeights;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A deployment's milestones, newest first: measurements and events in one timeline, each editable and
 * removable, read from the database a page at a time and filtered by kind, dates and country. Tells its owner after every change, so the deployment's latest figures follow.
 */
public class MilestoneLog extends Composite<VerticalLayout> {

    static final int PAGE_SIZE = 50;
    static final int ALL_ROWS_VISIBLE_UP_TO = 50;
    private static final String LONG_LOG_HEIGHT = "36rem";
    /** Each row's edit and remove buttons, see {@link #actions()}. */
    static final String ACTIONS = """
            <vaadin-horizontal-layout theme="spacing">\
            <vaadin-button theme="tertiary-inline icon" aria-label="${item.editLabel}" @click="${edit}">\
            <vaadin-icon icon="vaadin:edit"></vaadin-icon></vaadin-button>\
            <vaadin-button theme="tertiary-inline icon error" aria-label="${item.removeLabel}" @click="${remove}">\
            <vaadin-icon icon="vaadin:trash"></vaadin-icon></vaadin-button>\
            </vaadin-horizontal-layout>""";

    private final MilestoneService service;
    private final long deploymentId;
    private final Runnable onChange;
    private final Grid<TimelineRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Button logMeasurement = new Button();
    private final Button logEvent = new Button();
    private final Select<TimelineFilter.Kind> kind = new Select<>();
    private final DatePicker from = Fields.date();
    private final DatePicker to = Fields.date();
    private final ComboBox<String> country = new ComboBox<>();
    private final Span count = new Span();

    public MilestoneLog(MilestoneService service, long deploymentId, Runnable onChange) {
        this.service = service;
        this.deploymentId = deploymentId;
        this.onChange = onChange;
        logMeasurement.setText(getTranslation("milestone.logMeasurement"));
        logMeasurement.setIcon(VaadinIcon.PLUS.create());
        logMeasurement.addThemeVariants(ButtonVariant.PRIMARY);
        logMeasurement.addClickListener(click -> editMeasurement(new Measurement()));
        logEvent.setText(getTranslation("milestone.logEvent"));
        logEvent.setIcon(VaadinIcon.FLAG.create());
        logEvent.addClickListener(click -> editEvent(new RolloutEvent()));
        empty.setText(getTranslation("milestone.empty"));

        // Found by bench/large-deployment.sh, which times the page until this grid shows its first rows.
        grid.setId("milestone-log");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(row -> DisplayFormats.date(row.date(), getLocale())).setKey("date")
                .setHeader(getTranslation("milestone.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::kindOf).setKey("kind").setHeader(getTranslation("milestone.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::describe).setKey("details").setHeader(getTranslation("milestone.details")).setFlexGrow(3);
        grid.addColumn(this::sourceOf).setKey("source").setHeader(getTranslation("measurement.source")).setFlexGrow(1);
        grid.addColumn(actions()).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        // Hidden from whoever the service would refuse anyway.
        boolean mayLog = service.mayLog(deploymentId);
        logMeasurement.setVisible(mayLog);
        logEvent.setVisible(mayLog);
        grid.getColumnByKey("actions").setVisible(mayLog);

        HorizontalLayout toolbar = new HorizontalLayout(logMeasurement, logEvent);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("milestone.title")), toolbar, filters(), empty, grid);
        refresh();
    }

    private HorizontalLayout filters() {
        kind.setLabel(getTranslation("milestone.filter.kind"));
        kind.setItems(TimelineFilter.Kind.values());
        kind.setItemLabelGenerator(choice -> getTranslation("milestone.filter.kind." + choice.name()));
        kind.setValue(TimelineFilter.Kind.ALL);
        from.setLabel(getTranslation("milestone.filter.from"));
        to.setLabel(getTranslation("milestone.filter.to"));
        for (DatePicker day : new DatePicker[]{from, to}) {
            day.setLocale(getLocale());
            day.setClearButtonVisible(true);
        }
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        country.setLabel(getTranslation("milestone.filter.country"));
        country.setPlaceholder(getTranslation("milestone.filter.wholeNetwork"));
        country.setClearButtonVisible(true);
        country.setItemLabelGenerator(code -> DisplayFormats.country(code, getLocale()) + " (" + code + ")");
        List<String> countries = service.timelineCountries(deploymentId);
        country.setItems(countries);
        // Only deployments with per-country rows (an export's) have a country to choose.
        country.setVisible(!countries.isEmpty());
        kind.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        country.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(kind, from, to, country, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private TimelineFilter filter() {
        return new TimelineFilter(Objects.requireNonNullElse(kind.getValue(), TimelineFilter.Kind.ALL),
                from.getValue(), to.getValue(), country.getValue());
    }

    /**
     * Reads the count, then lets the grid fetch the rows it shows a page at a time: a deployment with ten
     * years of daily figures opens as fast as one with three.
     */
    public void refresh() {
        TimelineFilter filter = filter();
        int total = service.timelineCount(deploymentId, filter);
        boolean filtered = !filter.equals(TimelineFilter.EVERYTHING);
        // The count just read serves the grid too; a change on this page calls refresh, which counts again.
        grid.setItems(query -> service.timelinePage(deploymentId, filter, query.getOffset(), query.getLimit()).stream(),
                query -> total);
        GridHeights.wholeOrScrolling(grid, total, ALL_ROWS_VISIBLE_UP_TO, LONG_LOG_HEIGHT);
        grid.setVisible(total > 0);
        empty.setText(getTranslation(filtered ? "milestone.filter.none" : "milestone.empty"));
        empty.setVisible(total == 0);
        count.setText(getTranslation("milestone.filter.count", total));
    }

    private String kindOf(TimelineRow row) {
        return switch (row) {
            case TimelineRow.MeasurementRow m -> getTranslation("milestone.measurement");
            case TimelineRow.EventRow e -> DeploymentLabels.eventKind(this, e.kind(), service.planned(e, UsersDay.zone()));
        };
    }

    private String describe(TimelineRow row) {
        return switch (row) {
            case TimelineRow.MeasurementRow m -> MeasurementText.of(m, this, getLocale());
            case TimelineRow.EventRow e -> DeploymentLabels.eventDetails(e.title(), e.note());
        };
    }

    private String sourceOf(TimelineRow row) {
        return row instanceof TimelineRow.MeasurementRow m && m.source() != null ? m.source() : "";
    }

    /**
     * Edit and remove, drawn by the browser from one template: as components (a layout, two buttons and two
     * icons per row) every row the grid had fetched cost the session about 5 KB and the page's first answer
     * most of its time (bench/large-deployment.sh). The labels are bound as attributes, so Lit escapes them.
     */
    private LitRenderer<TimelineRow> actions() {
        // Each button says which milestone it acts on: a screen reader going down the column hears more than "Edit".
        return LitRenderer.<TimelineRow>of(ACTIONS)
                .withProperty("editLabel", row -> getTranslation("milestone.action.edit", kindOf(row),
                        DisplayFormats.date(row.date(), getLocale())))
                .withProperty("removeLabel", row -> getTranslation("milestone.action.delete", kindOf(row),
                        DisplayFormats.date(row.date(), getLocale())))
                .withFunction("edit", this::edit)
                .withFunction("remove", this::confirmRemove);
    }

    void edit(TimelineRow row) {
        // The stored milestone, read again: rows are shared copies, and Cancel must leave nothing half-typed.
        switch (row) {
            case TimelineRow.MeasurementRow m -> service.measurement(m.id()).ifPresentOrElse(this::editMeasurement, this::goneMeanwhile);
            case TimelineRow.EventRow e -> service.event(e.id()).ifPresentOrElse(this::editEvent, this::goneMeanwhile);
        }
    }

    private void editMeasurement(Measurement measurement) {
        String title = getTranslation(measurement.isNew() ? "measurement.create.title" : "measurement.edit.title");
        new FormDialog<>(title, new MeasurementForm(), measurement,
                bean -> service.saveMeasurement(deploymentId, bean, UsersDay.zone()), saved -> changed(), this::changed).open();
    }

    private void editEvent(RolloutEvent event) {
        String title = getTranslation(event.isNew() ? "event.create.title" : "event.edit.title");
        new FormDialog<>(title, new EventForm(), event,
                bean -> service.saveEvent(deploymentId, bean, UsersDay.zone()), saved -> changed(), this::changed).open();
    }

    void confirmRemove(TimelineRow row) {
        ConfirmDialog confirm = new DeleteConfirmation(getTranslation("milestone.delete.title"),
                getTranslation("milestone.delete.text", kindOf(row), DisplayFormats.date(row.date(), getLocale())));
        confirm.addConfirmListener(confirmed -> {
            try {
                boolean removed = switch (row) {
                    case TimelineRow.MeasurementRow m -> removeIfAsShown(service.measurement(m.id()), m, service::deleteMeasurement);
                    case TimelineRow.EventRow e -> removeIfAsShown(service.event(e.id()), e, service::deleteEvent);
                };
                if (removed) {
                    changed();
                } else {
                    new StaleEditDialog("stale.text.delete", this::changed).open();
                }
            } catch (OptimisticLockingFailureException stale) {
                new StaleEditDialog("stale.text.delete", this::changed).open();
            }
        });
        confirm.open();
    }

    /**
     * Removes the stored milestone only if it is still what the row showed: changed or removed by someone else since,
     * nothing is removed (the service's version check then guards the moment between this read and the removal).
     */
    private static <M extends Milestone> boolean removeIfAsShown(Optional<M> stored, TimelineRow shown, Consumer<M> remove) {
        Optional<M> asShown = stored.filter(shown::shows);
        asShown.ifPresent(remove);
        return asShown.isPresent();
    }

    /** Removed by someone else since the log was read: said, then the log is read again (the row just vanished). */
    private void goneMeanwhile() {
        Notification.show(getTranslation("milestone.goneMeanwhile"), 6000, Notification.Position.MIDDLE);
        changed();
    }

    private void changed() {
        refresh();
        onChange.run();
    }
}

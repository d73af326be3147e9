package fr.essor.rollout.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.essor.rollout.ActivationRate;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.FormDialog;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The home page for now: every deployment with its latest figures, sortable and filterable. */
@Route("deployments")
@PermitAll
@Menu(title = "menu.deployments", order = 2)
class DeploymentListView extends VerticalLayout implements HasDynamicTitle {

    private final DeploymentService service;
    private final TextField filter = new TextField();
    private final Grid<DeploymentSummary> grid = new Grid<>();
    private final Button create = new Button();
    private ListDataProvider<DeploymentSummary> rows = new ListDataProvider<>(List.of());

    DeploymentListView(DeploymentService service, List<DeploymentListAction> actions) {
        this.service = service;
        setSizeFull();
        filter.setPlaceholder(getTranslation("deployments.filter"));
        filter.setAriaLabel(getTranslation("deployments.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        create.setText(getTranslation("deployments.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> openCreateDialog());
        create.setVisible(service.mayCreate());

        HorizontalLayout toolbar = new HorizontalLayout(filter);
        actions.stream().sorted(Comparator.comparingInt(DeploymentListAction::order))
                .forEach(action -> action.create(this::open).ifPresent(toolbar::add));
        toolbar.add(create);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new H1(getTranslation("deployments.title")), toolbar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deployments.title") + " · " + getTranslation("app.name");
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(row -> DeploymentLabels.name(this, locale, row.organisation(), row.demo()))
                .setKey("organisation")
                .setHeader(getTranslation("deployment.organisation")).setSortable(true)
                .setComparator(Comparator.comparing(DeploymentSummary::organisation, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(2);
        grid.addColumn(row -> DeploymentLabels.platform(this, row.platform(), row.platformName())).setKey("platform")
                .setHeader(getTranslation("deployment.platform")).setSortable(true);
        grid.addColumn(row -> DisplayFormats.date(row.launch(), locale)).setKey("launch")
                .setHeader(getTranslation("deployment.launch")).setSortable(true)
                .setComparator(Comparator.comparing(DeploymentSummary::launch, Comparator.nullsLast(PartialDate::compareTo)));
        numberColumn("headcount", DeploymentSummary::headcount, "deployment.headcount");
        numberColumn("countriesPresent", DeploymentSummary::countriesPresent, "deployment.countriesPresent");
        numberColumn("countriesReached", DeploymentSummary::latestCountriesReached, "deployment.countriesReached");
        numberColumn("activeUsers", DeploymentSummary::latestActiveUsers, "deployment.latestActiveUsers");
        grid.addColumn(row -> DisplayFormats.percent(rateOf(row), locale)).setKey("activation")
                .setHeader(getTranslation("deployment.latestActivation")).setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(DeploymentListView::rateOf, Comparator.nullsFirst(BigDecimal::compareTo)));
        grid.addItemClickListener(click -> open(click.getItem().id()));
    }

    private void numberColumn(String key, java.util.function.Function<DeploymentSummary, @Nullable Integer> value, String headerKey) {
        grid.addColumn(row -> DisplayFormats.number(value.apply(row), getLocale())).setKey(key)
                .setHeader(getTranslation(headerKey)).setSortable(true).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(value, Comparator.nullsFirst(Integer::compareTo)));
    }

    private static @Nullable BigDecimal rateOf(DeploymentSummary row) {
        return ActivationRate.of(row.latestActiveUsers(), row.headcount()).map(ActivationRate::percent).orElse(null);
    }

    private void applyFilter() {
        String needle = filter.getValue().strip().toLowerCase(getLocale());
        rows.setFilter(row -> needle.isEmpty()
                || row.organisation().toLowerCase(getLocale()).contains(needle)
                || DeploymentLabels.platform(this, row.platform(), row.platformName()).toLowerCase(getLocale()).contains(needle));
    }

    private void refresh() {
        rows = new ListDataProvider<>(service.summaries());
        grid.setItems(rows);
        applyFilter();
    }

    private void openCreateDialog() {
        new FormDialog<>(getTranslation("deployment.create.title"), new DeploymentForm(), new Deployment(),
                service::save, saved -> open(saved.getId()), this::refresh).open();
    }

    private void open(@Nullable Long id) {
        if (id != null) {
            getUI().ifPresent(ui -> ui.navigate(DeploymentView.class, id));
        }
    }
}

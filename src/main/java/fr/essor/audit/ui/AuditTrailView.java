package fr.essor.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.essor.audit.service.AuditFilter;
import fr.essor.audit.service.AuditRecord;
import fr.essor.audit.service.AuditTrail;
import fr.essor.base.ui.UsersDay;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import fr.essor.security.AppRoles;
import fr.essor.base.ui.Fields;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every change anyone made, newest first, for admins: narrowed to one person and a span of days, read a
 * page at a time from the database (the trail only grows). Read-only: nothing here edits an entry.
 */
@Route("admin/audit")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.audit", order = 11)
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<String> user = new ComboBox<>();
    private final DatePicker from = Fields.date();
    private final DatePicker to = Fields.date();
    private final Span count = new Span();
    private final Grid<AuditRecord> grid = new Grid<>();

    private final AuditTrail trail;
    private final ZoneId zone = Objects.requireNonNullElse(UsersDay.zone(), ZoneId.systemDefault());
    private final Map<Long, String> organisations;

    AuditTrailView(AuditTrail trail, DeploymentService deployments) {
        this.trail = trail;
        this.organisations = deployments.summaries().stream()
                .collect(Collectors.toMap(DeploymentSummary::id, DeploymentSummary::organisation));
        setSizeFull();
        add(new H1(getTranslation("audit.all.title")));

        user.setLabel(getTranslation("audit.all.user"));
        user.setItems(trail.usernames());
        user.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.all.from"));
        to.setLabel(getTranslation("audit.all.to"));
        for (DatePicker day : new DatePicker[]{from, to}) {
            day.setLocale(getLocale());
            day.setClearButtonVisible(true);
        }
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        user.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(user, from, to, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        AuditChanges.addColumns(grid, this, getLocale(), zone);
        grid.addComponentColumn(this::deployment).setKey("deployment")
                .setHeader(getTranslation("audit.all.deployment")).setAutoWidth(true).setFlexGrow(0);
        grid.setColumnOrder(grid.getColumnByKey("when"), grid.getColumnByKey("who"), grid.getColumnByKey("deployment"),
                grid.getColumnByKey("what"), grid.getColumnByKey("changes"));
        addAndExpand(grid);
        refresh();
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), from.getValue(), to.getValue(), zone);
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> trail.search(filter, query.getPage(), query.getPageSize()).stream());
        count.setText(getTranslation("audit.all.count", trail.count(filter)));
    }

    /** A link while the deployment exists; once removed, its number and the word "removed", as text. */
    private Component deployment(AuditRecord change) {
        String organisation = organisations.get(change.deploymentId());
        return organisation == null
                ? new Span(getTranslation("audit.all.removed", String.valueOf(change.deploymentId())))
                : new Anchor("deployment/" + change.deploymentId(), organisation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.all.title");
    }
}

package fr.essor.deployment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.essor.audit.service.AuditRecord;
import fr.essor.audit.ui.AuditChanges;
import fr.essor.base.ui.UsersDay;
import fr.essor.deployment.service.DeploymentService;
import fr.essor.base.ui.GridHeights;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who changed the deployment and its milestones, when, and from what to what; read-only, and shown only
 * to the deployment's members and the admins. Values are shown as text, never as markup.
 */
class ChangeHistory extends Composite<VerticalLayout> {

    static final int PAGE_SIZE = 30;
    /** Beyond this many changes, the history scrolls inside its grid rather than lengthening the page. */
    static final int ALL_ROWS_VISIBLE_UP_TO = 10;
    private static final String LONG_HISTORY_HEIGHT = "28rem";

    private final DeploymentService deployments;
    private final long deploymentId;
    final Grid<AuditRecord> grid = new Grid<>();

    ChangeHistory(DeploymentService deployments, long deploymentId) {
        this.deployments = deployments;
        this.deploymentId = deploymentId;
        AuditChanges.addColumns(grid, this, getLocale(), Objects.requireNonNullElse(UsersDay.zone(), ZoneId.systemDefault()));
        grid.setPageSize(PAGE_SIZE);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("audit.title")), grid);
        refresh();
    }

    /** Asks again who may read it: the page stays open while the user or their memberships change. */
    void refresh() {
        boolean mayRead = deployments.mayReadHistory(deploymentId);
        setVisible(mayRead);
        if (!mayRead) {
            grid.setItems();
            return;
        }
        // A page at a time: every measurement logged adds an entry, and a daily export brings thousands.
        int size = deployments.historySize(deploymentId);
        grid.setItems(query -> deployments.history(deploymentId, query.getPage(), query.getPageSize()).stream(),
                query -> size);
        GridHeights.wholeOrScrolling(grid, size, ALL_ROWS_VISIBLE_UP_TO, LONG_HISTORY_HEIGHT);
    }

    String changes(AuditRecord change) {
        return AuditChanges.describe(change, this::getTranslation);
    }
}

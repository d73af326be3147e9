package fr.essor.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.essor.audit.service.AuditRecord;
import fr.essor.base.ui.UsersDay;
import fr.essor.audit.service.DeploymentHistory;
import fr.essor.base.ui.GridHeights;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who changed the deployment and its milestones, when, and from what to what; read-only, and shown only
 * to the deployment's members and the admins. Values are shown as text, never as markup.
 *
 * <p>Folded under its count until opened, and only then built: an audit trail is looked up now and then, while
 * its grid, columns and first page, built at every visit of the page, were 4 % of the processor under load
 * (bench/load.sh).
 */
class ChangeHistory extends Composite<VerticalLayout> {

    static final int PAGE_SIZE = 30;
    /** Beyond this many changes, the history scrolls inside its grid rather than lengthening the page. */
    static final int ALL_ROWS_VISIBLE_UP_TO = 10;
    private static final String LONG_HISTORY_HEIGHT = "28rem";

    private final DeploymentHistory history;
    private final long deploymentId;
    private final Details details = new Details();
    private final Paragraph none = new Paragraph();
    private @Nullable Grid<AuditRecord> grid;

    ChangeHistory(DeploymentHistory history, long deploymentId) {
        this.history = history;
        this.deploymentId = deploymentId;
        details.setWidthFull();
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                refresh();
            }
        });
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("audit.title")), none, details);
        refresh();
    }

    /** Asks again who may read it: the page stays open while the user or their memberships change. */
    void refresh() {
        boolean mayRead = history.mayRead(deploymentId);
        setVisible(mayRead);
        if (!mayRead) {
            if (grid != null) {
                grid.setItems();
            }
            return;
        }
        int size = history.size(deploymentId);
        details.setSummaryText(getTranslation("audit.summary", size));
        // Nothing to open (the reference cases and the demo come with the application, not from someone's change):
        // said as plain text, where a disabled section would read as a control out of reach.
        none.setText(getTranslation("audit.summary", 0));
        none.setVisible(size == 0);
        details.setVisible(size > 0);
        if (!details.isOpened()) {
            return;
        }
        Grid<AuditRecord> shown = grid();
        // A page at a time: every measurement logged adds an entry, and a daily export brings thousands.
        shown.setItems(query -> history.page(deploymentId, query.getPage(), query.getPageSize()).stream(),
                query -> size);
        GridHeights.wholeOrScrolling(shown, size, ALL_ROWS_VISIBLE_UP_TO, LONG_HISTORY_HEIGHT);
    }

    private Grid<AuditRecord> grid() {
        if (grid == null) {
            Grid<AuditRecord> built = new Grid<>();
            AuditChanges.addColumns(built, this, getLocale(), Objects.requireNonNullElse(UsersDay.zone(), ZoneId.systemDefault()));
            built.setPageSize(PAGE_SIZE);
            details.add(built);
            grid = built;
        }
        return grid;
    }
}

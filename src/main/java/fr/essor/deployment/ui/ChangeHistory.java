package fr.essor.deployment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.essor.audit.service.AuditRecord;
import fr.essor.audit.ui.AuditChanges;
import fr.essor.base.ui.UsersDay;
import fr.essor.deployment.service.DeploymentService;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Who changed the deployment and its milestones, when, and from what to what; read-only, and shown only
 * to the deployment's members and the admins. Values are shown as text, never as markup.
 */
class ChangeHistory extends Composite<VerticalLayout> {

    private final DeploymentService deployments;
    private final long deploymentId;
    final Grid<AuditRecord> grid = new Grid<>();

    ChangeHistory(DeploymentService deployments, long deploymentId) {
        this.deployments = deployments;
        this.deploymentId = deploymentId;
        AuditChanges.addColumns(grid, this, getLocale(), Objects.requireNonNullElse(UsersDay.zone(), ZoneId.systemDefault()));
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("audit.title")), grid);
        refresh();
    }

    /** Asks again who may read it: the page stays open while the user or their memberships change. */
    void refresh() {
        boolean mayRead = deployments.mayReadHistory(deploymentId);
        setVisible(mayRead);
        grid.setItems(mayRead ? deployments.history(deploymentId) : List.of());
    }

    String changes(AuditRecord change) {
        return AuditChanges.describe(change, this::getTranslation);
    }
}

package fr.essor.audit.ui;

import fr.essor.audit.service.DeploymentHistory;
import fr.essor.rollout.ui.DeploymentPagePart;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The change history at the foot of a deployment's page; it hides itself from whoever may not read it. */
@Component
class ChangeHistoryPart implements DeploymentPagePart {

    private final DeploymentHistory history;

    ChangeHistoryPart(DeploymentHistory history) {
        this.history = history;
    }

    @Override
    public Place place() {
        return Place.UNDER_LOG;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Part> create(long deploymentId, String organisation, Runnable reloadPage) {
        ChangeHistory shown = new ChangeHistory(history, deploymentId);
        return Optional.of(Part.of(shown, shown::refresh));
    }
}

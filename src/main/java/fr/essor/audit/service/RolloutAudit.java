package fr.essor.audit.service;

import fr.essor.audit.domain.AuditEntry;
import fr.essor.rollout.RolloutChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every change the rollout module announces into the trail, in the change's transaction: the rollout
 * knows nothing of the trail, and no way of changing a figure can forget to be audited.
 */
@Component
class RolloutAudit {

    private final AuditTrail trail;

    RolloutAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(RolloutChanged changed) {
        trail.record(action(changed.change()), subject(changed.subject()), changed.subjectId(), changed.deploymentId(),
                changed.before(), changed.after());
    }

    private static AuditEntry.Action action(RolloutChanged.Change change) {
        return switch (change) {
            case CREATED -> AuditEntry.Action.CREATE;
            case UPDATED -> AuditEntry.Action.UPDATE;
            case DELETED -> AuditEntry.Action.DELETE;
        };
    }

    private static AuditEntry.Subject subject(RolloutChanged.Subject subject) {
        return switch (subject) {
            case DEPLOYMENT -> AuditEntry.Subject.DEPLOYMENT;
            case MEASUREMENT -> AuditEntry.Subject.MEASUREMENT;
            case EVENT -> AuditEntry.Subject.EVENT;
        };
    }
}

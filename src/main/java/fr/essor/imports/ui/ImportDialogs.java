package fr.essor.imports.ui;

import fr.essor.imports.service.ImportService;
import fr.essor.milestone.service.MilestoneService;
import org.springframework.stereotype.Component;

/** How another page opens the import dialog, without knowing it: the deployment page asks this. */
@Component
public class ImportDialogs {

    private final ImportService imports;
    private final MilestoneService milestones;

    ImportDialogs(ImportService imports, MilestoneService milestones) {
        this.imports = imports;
        this.milestones = milestones;
    }

    /** Same rule as logging a milestone by hand; the service checks it again on every call. */
    public boolean mayImport(long deploymentId) {
        return milestones.mayLog(deploymentId);
    }

    /** The deployment's imports (hidden when none, or from who may not read its history); admins undo them. */
    public com.vaadin.flow.component.Component list(long deploymentId, Runnable onUndone) {
        return new ImportList(imports, deploymentId, onUndone);
    }

    /** @param onImported told once an import has committed, so the page redraws its chart and log */
    public void open(long deploymentId, String organisation, Runnable onImported) {
        new ImportDialog(imports, deploymentId, organisation, onImported).open();
    }
}

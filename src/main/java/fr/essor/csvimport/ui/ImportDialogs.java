package fr.essor.csvimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.essor.csvimport.service.ImportService;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.ui.DeploymentPagePart;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The imports' part of a deployment's page: the "Import a file" button in its header, for whoever may log
 * milestones, and the list of its imports under the milestone log.
 */
@Component
class ImportDialogs implements DeploymentPagePart {

    private final ImportService imports;
    private final MilestoneService milestones;

    ImportDialogs(ImportService imports, MilestoneService milestones) {
        this.imports = imports;
        this.milestones = milestones;
    }

    @Override
    public Place place() {
        return Place.UNDER_LOG;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Part> create(long deploymentId, String organisation, Runnable reloadPage) {
        ImportList list = new ImportList(imports, deploymentId, reloadPage);
        // Same rule as logging a milestone by hand; the service checks it again on every call.
        Optional<com.vaadin.flow.component.Component> button = Optional.empty();
        if (milestones.mayLog(deploymentId)) {
            Button importFile = new Button(UI.getCurrent().getTranslation("import.button"), VaadinIcon.UPLOAD.create());
            importFile.addClickListener(click ->
                    new ImportDialog(imports, deploymentId, organisation, reloadPage).open());
            button = Optional.of(importFile);
        }
        return Optional.of(new Part(list, button, list::refresh));
    }
}

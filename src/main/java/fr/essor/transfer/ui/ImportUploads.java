package fr.essor.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.deployment.service.DeploymentService;
import fr.essor.transfer.service.DeploymentDocument;
import fr.essor.transfer.service.DeploymentExport;
import fr.essor.transfer.service.DocumentImport;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.core.JacksonException;

/**
 * The "import an export" upload of the deployments list, for whoever may create a deployment: the JSON
 * document of one deployment becomes a new deployment, all or nothing; refusals are listed as text.
 */
@org.springframework.stereotype.Component
public class ImportUploads {

    /** A deployment's export is small; this bounds what one upload may hold in memory. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private final DocumentImport importer;
    private final DeploymentService deployments;

    ImportUploads(DocumentImport importer, DeploymentService deployments) {
        this.importer = importer;
        this.deployments = deployments;
    }

    /** @param imported called with the new deployment's id */
    public Optional<Component> forList(LongConsumer imported) {
        if (!deployments.mayCreate()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> importFile(bytes, ui, imported))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(ui.getTranslation("export.import")));
        upload.getElement().setAttribute("aria-label", ui.getTranslation("export.import"));
        return Optional.of(upload);
    }

    /** Imports one uploaded document and says what happened; package-private so tests can give it bytes. */
    static boolean importFile(byte[] bytes, UI ui, DocumentImport importer, LongConsumer imported) {
        try {
            DeploymentDocument document = DeploymentExport.JSON.readValue(bytes, DeploymentDocument.class);
            long id = importer.importDocument(document);
            Notification.show(ui.getTranslation("export.imported", document.deployment().organisation()));
            imported.accept(id);
            return true;
        } catch (RuleViolationException refused) {
            StringBuilder reasons = new StringBuilder(ui.getTranslation("export.import.refused"));
            refused.violations().stream().limit(10).forEach(violation -> reasons.append('\n').append(violation.field())
                    .append(" : ").append(ui.getTranslation(violation.messageKey(), violation.argumentArray())));
            refuse(reasons.toString());
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            refuse(ui.getTranslation("export.import.unreadable"));
        } catch (AccessDeniedException denied) {
            refuse(ui.getTranslation("api.problem.forbidden"));
        }
        return false;
    }

    private void importFile(byte[] bytes, UI ui, LongConsumer imported) {
        importFile(bytes, ui, importer, imported);
    }

    /** Shown as text: the reasons quote what the file held. */
    private static void refuse(String text) {
        Span message = new Span(text);
        message.getStyle().set("white-space", "pre-line");
        Notification notification = new Notification(message);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setDuration(15_000);
        notification.open();
    }
}

package fr.essor.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.base.ui.BoundedUpload;
import fr.essor.base.ui.UsersDay;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.ui.DeploymentListAction;
import fr.essor.exchange.service.DeploymentDocument;
import fr.essor.exchange.service.DocumentImport;
import fr.essor.exchange.service.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;

/**
 * The "import an export" upload of the deployments list, for whoever may create a deployment: the JSON
 * document of one deployment becomes a new deployment, all or nothing, once the user has seen what it holds
 * and confirmed; refusals are listed as text, each naming its line as a person counts.
 */
@org.springframework.stereotype.Component
public class ImportUploads implements DeploymentListAction {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(LongConsumer openDeployment) {
        return forList(openDeployment);
    }

    /** What one upload may hold in memory: the import's own limit. */
    static final int MAX_BYTES = DocumentImport.MAX_BYTES;

    private final DocumentReader reader;
    private final DocumentImport importer;
    private final DeploymentService deployments;

    ImportUploads(DocumentReader reader, DocumentImport importer, DeploymentService deployments) {
        this.reader = reader;
        this.importer = importer;
        this.deployments = deployments;
    }

    /** @param imported called with the new deployment's id */
    public Optional<Component> forList(LongConsumer imported) {
        if (!deployments.mayCreate()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Upload upload = new Upload(handler(ui, reader, importer, imported));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(ui.getTranslation("export.import")));
        upload.getElement().setAttribute("aria-label", ui.getTranslation("export.import"));
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("export.import")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("export.import")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(ui.getTranslation("export.import.tooLarge", MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(ui.getTranslation("export.import.wrongType"))
                .setTooManyFiles(ui.getTranslation("import.upload.tooMany")));
        texts.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setFileTooLarge(ui.getTranslation("export.import.tooLarge", MAX_BYTES / 1024 / 1024))));
        upload.setI18n(texts);
        // Once read, the file leaves the list: the question (or the refusal) says what it was, and the next
        // export can be chosen without first removing this one (one file at a time).
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return Optional.of(upload);
    }

    /**
     * The limit holds on the server, before the document is read: the browser's own check is the user's
     * convenience, not a guard (a raw body of 200 MB sent past it took the heap to 970 MB).
     */
    static BoundedUpload handler(UI ui, DocumentReader reader, DocumentImport importer, LongConsumer imported) {
        return new BoundedUpload(MAX_BYTES, (name, file) -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException unreadable) {
                bytes = new byte[0]; // said "not an Essor export" by the reading below
            } finally {
                deleteQuietly(file);
            }
            byte[] document = bytes;
            ui.access(() -> offer(document, ui, reader, importer, imported));
        }, () -> ui.access(() -> refuse(ui.getTranslation("export.import.tooLarge", MAX_BYTES / 1024 / 1024))));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftForTheSystem) {
            // a temporary file; the system's clean-up removes it
        }
    }

    /**
     * Reads an uploaded document and asks before creating anything: which deployment, how many
     * measurements and events.
     */
    static void offer(byte[] bytes, UI ui, DocumentReader reader, DocumentImport importer, LongConsumer imported) {
        read(bytes, ui, reader).ifPresent(document -> {
            String name = document.deployment().organisation() == null ? "?" : document.deployment().organisation();
            ConfirmDialog confirm = new ConfirmDialog(ui.getTranslation("export.import.confirm.title", name),
                    ui.getTranslation("export.import.confirm.text", name, document.measurements().size(), document.events().size()),
                    ui.getTranslation("export.import.confirm.run"), confirmed -> save(document, ui, importer, imported));
            confirm.setCancelable(true);
            confirm.setCancelText(ui.getTranslation("action.cancel"));
            confirm.open();
        });
    }

    /** Read as the API reads it: a field the export does not have is refused here too, naming it, not dropped. */
    private static Optional<DeploymentDocument> read(byte[] bytes, UI ui, DocumentReader reader) {
        try {
            return Optional.of(reader.read(bytes));
        } catch (RuleViolationException refused) {
            refuse(reasons(refused, ui));
            return Optional.empty();
        }
    }

    private static boolean save(DeploymentDocument document, UI ui, DocumentImport importer, LongConsumer imported) {
        try {
            long id = importer.importDocument(document, UsersDay.zone());
            Notification.show(ui.getTranslation("export.imported", document.deployment().organisation()));
            imported.accept(id);
            return true;
        } catch (RuleViolationException refused) {
            refuse(reasons(refused, ui));
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            refuse(ui.getTranslation("export.import.unreadable"));
        } catch (AccessDeniedException denied) {
            refuse(ui.getTranslation("api.problem.forbidden"));
        }
        return false;
    }

    /**
     * A reason about the whole file ("not an export", "cut short") is said alone; the others under "Nothing was
     * imported:", each with the place it concerns.
     */
    private static String reasons(RuleViolationException refused, UI ui) {
        Violation first = refused.violations().getFirst();
        if (refused.violations().size() == 1 && first.field().isEmpty()) {
            return ui.getTranslation(first.messageKey(), first.argumentArray());
        }
        StringBuilder reasons = new StringBuilder(ui.getTranslation("export.import.refused"));
        refused.violations().stream().limit(10).forEach(violation -> reasons.append('\n').append(where(violation.field(), ui))
                .append(" : ").append(ui.getTranslation(violation.messageKey(), violation.argumentArray())));
        return reasons.toString();
    }

    private static final Pattern LINE = Pattern.compile("(measurements|events)\\[(\\d+)](?:\\.(\\w+))?");

    /**
     * "measurements[3].activeUsers" as a person reads it: "Measurement 4, Active users"; a deployment's
     * field by its label. Whatever is not recognised is shown as the document names it.
     */
    static String where(String field, UI ui) {
        Matcher line = LINE.matcher(field);
        if (line.matches()) {
            boolean measurement = line.group(1).equals("measurements");
            String which = ui.getTranslation(measurement ? "export.import.measurementLine" : "export.import.eventLine",
                    Integer.parseInt(line.group(2)) + 1);
            String name = line.group(3);
            return name == null ? which : which + ", " + label((measurement ? "measurement." : "event.") + name, name, ui);
        }
        return label(field, field, ui);
    }

    private static String label(String key, String fallback, UI ui) {
        String label = ui.getTranslation(key);
        if (label.startsWith("!") && key.endsWith(".date")) {
            return ui.getTranslation("milestone.date");
        }
        return label.startsWith("!") ? fallback : label;
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

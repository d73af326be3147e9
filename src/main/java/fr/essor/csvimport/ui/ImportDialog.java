package fr.essor.csvimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.ui.BoundedUpload;
import fr.essor.base.ui.UnexpectedErrors;
import fr.essor.base.ui.UsersDay;
import fr.essor.rollout.DuplicateChoice;
import fr.essor.csvimport.service.ImportContent;
import fr.essor.csvimport.service.ImportOutcome;
import fr.essor.csvimport.service.ImportPreset;
import fr.essor.csvimport.service.ImportPreview;
import fr.essor.csvimport.service.ImportRequest;
import fr.essor.csvimport.service.ImportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Upload a CSV file, say where it comes from (a preset) or map its columns, choose what to do with dates
 * Essor already has, read the preview, then import: the save runs off the request thread with a progress
 * bar (the page polls while it runs), and the page's chart and log follow as soon as it commits.
 */
class ImportDialog extends Dialog {

    static final int MAX_MEGABYTES = 60;
    static final int PREVIEW_LINES = 200;

    private final ImportService imports;
    private final long deploymentId;
    private final Runnable onImported;
    private final RadioButtonGroup<ImportContent> content = new RadioButtonGroup<>();
    private final Upload upload = new Upload();
    private final Select<ImportPreset> preset = new Select<>();
    private final Paragraph explanation = new Paragraph();
    private final MappingFields mapping = new MappingFields();
    private final RadioButtonGroup<DuplicateChoice> duplicates = new RadioButtonGroup<>();
    private final PreviewGrid preview = new PreviewGrid();
    private final Paragraph problem = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Button run = new Button();
    private @Nullable Path file;
    private String fileName = "";
    private List<String> header = List.of();
    private long lines;
    private @Nullable CompletableFuture<Void> running;

    ImportDialog(ImportService imports, long deploymentId, String organisation, Runnable onImported) {
        this.imports = imports;
        this.deploymentId = deploymentId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("import.dialog.title", organisation));
        setWidth("min(64rem, 100vw)");
        content.setLabel(getTranslation("import.content"));
        content.setItems(ImportContent.values());
        content.setItemLabelGenerator(choice -> getTranslation("import.content." + choice));
        content.setValue(ImportContent.MEASUREMENTS);
        content.addValueChangeListener(change -> fileChosenAgain());
        configureUpload();
        preset.setLabel(getTranslation("import.preset"));
        preset.setItems(ImportPreset.values());
        preset.setItemLabelGenerator(choice -> getTranslation("import.preset." + choice));
        preset.setWidth("min(28rem, 100%)");
        preset.addValueChangeListener(change -> presetChosen());
        mapping.onChange(this::refreshPreview);
        duplicates.setLabel(getTranslation("import.duplicates"));
        duplicates.setItems(DuplicateChoice.values());
        duplicates.setItemLabelGenerator(choice -> getTranslation("import.duplicates." + choice));
        duplicates.setValue(DuplicateChoice.REFUSE);
        duplicates.addValueChangeListener(change -> refreshPreview());
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.getElement().setAttribute("aria-live", "polite"); // read out when a file is refused
        progress.setVisible(false);
        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.addClickListener(click -> startImport());
        showChoices(false);
        // The problem right under the file, where the eye is after choosing one: below the mapping it was
        // out of sight, a screen lower, when the file itself was refused.
        VerticalLayout body = new VerticalLayout(content, upload, new Span(getTranslation("import.upload.hint", MAX_MEGABYTES)),
                problem, preset, explanation, mapping, duplicates, preview, progress);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), run);
        addDetachListener(detached -> forgetFile());
    }

    private void configureUpload() {
        upload.setUploadHandler(new BoundedUpload((long) MAX_MEGABYTES * 1024 * 1024,
                (name, path) -> inUi(() -> fileReceived(name, path)),
                () -> inUi(() -> refuse(getTranslation("import.upload.tooLarge", MAX_MEGABYTES)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.tooLarge", MAX_MEGABYTES))
                .setIncorrectFileType(getTranslation("import.upload.wrongType"))
                .setTooManyFiles(getTranslation("import.upload.tooMany")));
        // What the browser shows beside a file the server refused for its size (413); the dialog says it too.
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setFileTooLarge(getTranslation("import.upload.tooLarge", MAX_MEGABYTES))));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> problem.setText(rejected.getErrorMessage()));
    }

    /** The upload's thread holds no lock on the session; a test's thread does, and has no other to wait for. */
    private void inUi(Runnable change) {
        UI ui = getUI().orElse(null);
        if (ui != null && !ui.getSession().hasLock()) {
            ui.access(change::run);
        } else {
            change.run();
        }
    }

    /** What the upload hands over once the whole file is in a temporary file. */
    private void fileReceived(String name, Path received) {
        forgetFile();
        file = received;
        fileName = name;
        problem.setText("");
        if (received.toFile().length() > (long) MAX_MEGABYTES * 1024 * 1024) {
            refuse(getTranslation("import.upload.tooLarge", MAX_MEGABYTES));
            forgetFile();
            return;
        }
        fileChosenAgain();
    }

    /**
     * Says why the file cannot be imported, and takes it off the upload's list: it had arrived whole (a tick
     * beside it), and with one file allowed the next one was refused as "too many" until it was removed.
     */
    private void refuse(String why) {
        problem.setText(why);
        upload.clearFileList();
    }

    private void fileChosenAgain() {
        if (file == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            header = imports.header(in);
        } catch (IOException | UncheckedIOException unreadable) {
            header = List.of();
        } catch (RuleViolationException notText) {
            refuse(reasons(notText));
            showChoices(false);
            return;
        }
        if (header.isEmpty()) {
            refuse(getTranslation("import.upload.noHeader"));
            showChoices(false);
            return;
        }
        showChoices(true);
        ImportPreset chosen = imports.rememberedPreset(deploymentId, content.getValue(), header);
        if (chosen == preset.getValue()) {
            presetChosen();
        } else {
            preset.setValue(chosen);
        }
    }

    private void presetChosen() {
        ImportPreset chosen = preset.getValue();
        if (chosen == null || file == null) {
            return;
        }
        explanation.setText(getTranslation("import.preset." + chosen + ".explanation"));
        mapping.show(content.getValue(), header, imports.proposeMapping(deploymentId, content.getValue(), chosen, header));
        mapping.setVisible(chosen == ImportPreset.COLUMNS);
        refreshPreview();
    }

    private void refreshPreview() {
        run.setEnabled(false);
        run.setText(getTranslation("import.run", 0));
        ImportPreset chosen = preset.getValue();
        if (file == null || chosen == null) {
            return;
        }
        problem.setText("");
        if (chosen != ImportPreset.COLUMNS && !chosen.fits(header)) {
            problem.setText(getTranslation("import.preset.missingColumns", String.join(", ", chosen.expectedColumns())));
        }
        try (InputStream in = Files.newInputStream(file)) {
            ImportPreview shown = imports.preview(request(), in, PREVIEW_LINES);
            preview.show(shown);
            lines = shown.lines();
            run.setText(getTranslation("import.run", shown.saved()));
            run.setEnabled(shown.saved() > 0);
        } catch (RuleViolationException broken) {
            preview.clear();
            if (broken.violations().stream().allMatch(violation -> violation.field().equals("file"))) {
                refuse(reasons(broken));
                showChoices(false); // no mapping or choice makes this file readable
            } else {
                problem.setText(reasons(broken));
            }
        } catch (IOException | UncheckedIOException unreadable) {
            preview.clear();
            refuse(getTranslation("import.upload.unreadable"));
        }
    }

    private ImportRequest request() {
        return new ImportRequest(deploymentId, fileName, content.getValue(), preset.getValue(),
                preset.getValue() == ImportPreset.COLUMNS ? mapping.mapping()
                        : imports.proposeMapping(deploymentId, content.getValue(), preset.getValue(), header),
                duplicates.getValue(), UsersDay.zone());
    }

    /** Off the request thread, as the signed-in user; the page polls to show the progress and the end. */
    private void startImport() {
        Path source = file;
        UI ui = UI.getCurrent();
        if (source == null || ui == null) {
            return;
        }
        ImportRequest request = request();
        setChoicesEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(400);
        long total = Math.max(1, lines);
        Runnable work = () -> {
            try (InputStream in = Files.newInputStream(source)) {
                ImportOutcome outcome = imports.importFile(request, in, line -> {
                    if (line % 10_000 == 0) {
                        ui.access(() -> progress.setValue(Math.min(1.0, (double) line / total)));
                    }
                });
                ui.access(() -> finished(outcome));
            } catch (RuleViolationException broken) {
                ui.access(() -> failed(reasons(broken)));
            } catch (IOException | RuntimeException failure) {
                ui.access(() -> failed(UnexpectedErrors.isRefused(failure) ? getTranslation("error.accessDenied")
                        : getTranslation("error.unexpected", UnexpectedErrors.report(failure))));
            }
        };
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work),
                task -> Thread.ofVirtual().name("essor-import").start(task));
    }

    private void finished(ImportOutcome outcome) {
        UI.getCurrent().setPollInterval(-1);
        Notification.show(getTranslation("import.done", outcome.saved(), fileName));
        onImported.run();
        close();
    }

    private void failed(String why) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        setChoicesEnabled(true);
        problem.setText(getTranslation("import.failed", why));
    }

    private String reasons(RuleViolationException broken) {
        return broken.violations().stream().map(violation -> violation.field().contains(".")
                        ? getTranslation("import.reason", getTranslation(violation.field()),
                        getTranslation(violation.messageKey(), violation.argumentArray()))
                        : getTranslation(violation.messageKey(), violation.argumentArray()))
                .collect(Collectors.joining(" "));
    }

    private void showChoices(boolean shown) {
        preset.setVisible(shown);
        explanation.setVisible(shown);
        mapping.setVisible(shown && preset.getValue() == ImportPreset.COLUMNS);
        duplicates.setVisible(shown);
        if (!shown) {
            preview.clear();
            run.setEnabled(false);
            run.setText(getTranslation("import.run", 0));
        }
    }

    private void setChoicesEnabled(boolean enabled) {
        content.setEnabled(enabled);
        upload.setVisible(enabled);
        preset.setEnabled(enabled);
        mapping.setEnabled(enabled);
        duplicates.setEnabled(enabled);
        run.setEnabled(enabled);
    }

    private void forgetFile() {
        if (file != null && (running == null || running.isDone())) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException leftForTheSystem) {
                // a temporary file; the system's clean-up removes it
            }
            file = null;
        }
    }
}

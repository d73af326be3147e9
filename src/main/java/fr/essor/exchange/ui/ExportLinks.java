package fr.essor.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.essor.base.ui.FileNames;
import fr.essor.rollout.ui.DeploymentListAction;
import fr.essor.rollout.ui.DeploymentPagePart;
import fr.essor.exchange.service.DeploymentDocument;
import fr.essor.exchange.service.DeploymentExport;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Function;

/**
 * The export downloads other features' pages show: a deployment as JSON or as a zip of CSV files, every
 * deployment as JSON. Given ready-made to the deployment pages, which stay unaware of how exports are built.
 */
@org.springframework.stereotype.Component
public class ExportLinks implements DeploymentPagePart, DeploymentListAction {

    private final DeploymentExport export;
    private final Clock clock;

    ExportLinks(DeploymentExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @Override
    public Place place() {
        return Place.UNDER_FACTS;
    }

    /** First under the facts, and first in the list's toolbar. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Part> create(long deploymentId, String organisation, Runnable reloadPage) {
        return Optional.of(Part.of(forDeployment(deploymentId), () -> { }));
    }

    @Override
    public Optional<Component> create(LongConsumer openDeployment) {
        return Optional.of(forAll());
    }

    public Component forDeployment(long deploymentId) {
        HorizontalLayout links = new HorizontalLayout();
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        Locale language = pageLanguage();
        links.add(link("export.json", language, in -> {
            DeploymentDocument document = export.document(deploymentId).orElseThrow();
            return new Download(export.json(document), fileName(document.deployment().organisation(), "json"), "application/json");
        }), link("export.csv", language, in -> {
            DeploymentDocument document = export.document(deploymentId).orElseThrow();
            return new Download(DeploymentCsvZip.of(document, in, language), fileName(document.deployment().organisation(), "zip"), "application/zip");
        }));
        return links;
    }

    public Component forAll() {
        HorizontalLayout links = new HorizontalLayout();
        links.add(link("export.all", pageLanguage(),
                in -> new Download(export.json(export.all()), fileName("all", "json"), "application/json")));
        return links;
    }

    private static Locale pageLanguage() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.FRENCH : ui.getLocale();
    }

    private record Download(byte[] bytes, String name, String type) {
    }

    /** The download request runs without the page's UI, so the language is taken when the page is drawn. */
    private Anchor link(String textKey, Locale language, Function<Component, Download> content) {
        Anchor anchor = new Anchor();
        anchor.setText(anchor.getTranslation(language, textKey));
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            Download download = content.apply(anchor);
            return new DownloadResponse(new ByteArrayInputStream(download.bytes()), download.name(), download.type(), download.bytes().length);
        }));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** "essor-orange-2026-11-25.json": ASCII letters and digits only, so every system keeps the name. */
    String fileName(String organisation, String extension) {
        return "essor-" + FileNames.slug(organisation) + "-" + LocalDate.now(clock) + "." + extension;
    }
}

package fr.essor.deployment.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.essor.base.ui.DeleteConfirmation;
import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.OutlookService;
import fr.essor.activation.ui.ActivationChartPanel;
import fr.essor.base.ui.FormDialog;
import fr.essor.base.ui.StaleEditDialog;
import fr.essor.deployment.domain.Deployment;
import fr.essor.transfer.ui.ExportLinks;
import com.vaadin.flow.component.Component;
import fr.essor.deployment.service.DeletionImpact;
import fr.essor.deployment.service.DeploymentService;
import fr.essor.imports.ui.ImportDialogs;
import fr.essor.milestone.service.MilestoneService;
import fr.essor.milestone.ui.MilestoneLog;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** One deployment: its facts, its latest figures and its milestone log. */
@Route("deployment")
@PermitAll
class DeploymentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DeploymentService deployments;
    private final MilestoneService milestones;
    private final H1 title = new H1();
    private final Span referenceBadge = new Span();
    private final Span demoBadge = new Span();
    private final DeploymentFacts facts = new DeploymentFacts();
    final Button edit = new Button();
    final Button delete = new Button();
    final Button importFile = new Button();
    private final ImportDialogs importDialogs;
    private @Nullable Deployment deployment;
    private @Nullable MilestoneLog log;
    private @Nullable ActivationChartPanel charts;
    private @Nullable ChangeHistory history;
    private @Nullable Component importList;
    private final ActivationSeriesService series;
    private final OutlookService outlook;
    private final Clock clock;
    private final ExportLinks exports;
    private @Nullable Component exportLinks;

    DeploymentView(DeploymentService deployments, MilestoneService milestones, ActivationSeriesService series,
                   OutlookService outlook, Clock clock, ExportLinks exports, ImportDialogs importDialogs) {
        this.outlook = outlook;
        this.exports = exports;
        this.deployments = deployments;
        this.importDialogs = importDialogs;
        this.milestones = milestones;
        this.series = series;
        this.clock = clock;
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(click -> openEditDialog());
        delete.setText(getTranslation("action.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> confirmDelete());
        importFile.setText(getTranslation("import.button"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.addClickListener(click -> openImportDialog());
        referenceBadge.setText(getTranslation("deployment.referenceCase"));
        referenceBadge.getElement().getThemeList().add("badge contrast");
        demoBadge.setText(getTranslation("deployment.demo"));
        demoBadge.getElement().getThemeList().add("badge error");
        HorizontalLayout header = new HorizontalLayout(title, referenceBadge, demoBadge, importFile, edit, delete);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, facts);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Deployment found = deployments.find(id).orElseThrow(NotFoundException::new);
        show(found);
        if (exportLinks != null) {
            remove(exportLinks);
        }
        exportLinks = exports.forDeployment(id);
        addComponentAtIndex(2, exportLinks);
        if (log != null) {
            remove(charts, log, importList, history);
        }
        ActivationChartPanel chartPanel = new ActivationChartPanel(series, outlook, id, clock);
        charts = chartPanel;
        // Someone else may have removed the deployment meanwhile: then the list is where to go back to.
        log = new MilestoneLog(milestones, id, () -> deployments.find(id).ifPresentOrElse(current -> {
            show(current);
            chartPanel.refresh();
        }, this::backToList));
        history = new ChangeHistory(deployments, id);
        importList = importDialogs.list(id, this::reload);
        add(chartPanel, log, importList, history);
    }

    @Override
    public String getPageTitle() {
        // A fictitious deployment says so in the tab too, as in every list that names it.
        String name = deployment == null ? getTranslation("deployments.title")
                : deployment.isDemo() ? getTranslation("deployment.demoName", deployment.getOrganisation()) : deployment.getOrganisation();
        return name + " · " + getTranslation("app.name");
    }

    private void show(Deployment shown) {
        this.deployment = shown;
        title.setText(shown.getOrganisation());
        referenceBadge.setVisible(shown.isReferenceCase());
        // Hidden from whoever the service would refuse anyway.
        boolean mayChange = deployments.mayChange(idOf(shown));
        edit.setVisible(mayChange);
        delete.setVisible(mayChange);
        importFile.setVisible(importDialogs.mayImport(idOf(shown)));
        if (history != null) {
            history.refresh();
        }
        demoBadge.setVisible(shown.isDemo());
        facts.show(shown, deployments.summary(idOf(shown)).orElse(null));
    }

    private void reload() {
        if (deployment != null) {
            deployments.find(idOf(deployment)).ifPresentOrElse(current -> {
                show(current);
                if (log != null) {
                    log.refresh();
                }
                if (charts != null) {
                    charts.refresh();
                }
            }, this::backToList);
        }
    }

    private void openEditDialog() {
        if (deployment == null) {
            return;
        }
        // The dialog edits a fresh copy, so that Cancel leaves nothing half-typed in what the page shows.
        deployments.find(idOf(deployment)).ifPresentOrElse(
                copy -> new FormDialog<>(getTranslation("deployment.edit.title"), new DeploymentForm(), copy,
                        deployments::save, saved -> reload(), this::reload).open(),
                this::backToList);
    }

    private void openImportDialog() {
        if (deployment != null) {
            importDialogs.open(idOf(deployment), deployment.getOrganisation(), () -> {
                reload();
                showImports();
            });
        }
    }

    /** The list of imports anew, with the one just made. */
    private void showImports() {
        if (deployment != null && importList != null) {
            Component fresh = importDialogs.list(idOf(deployment), this::reload);
            replace(importList, fresh);
            importList = fresh;
        }
    }

    private void confirmDelete() {
        if (deployment == null) {
            return;
        }
        Deployment doomed = deployment;
        DeletionImpact impact = deployments.impactOfDeleting(doomed);
        ConfirmDialog confirm = new DeleteConfirmation(getTranslation("deployment.delete.title", impact.organisation()),
                getTranslation("deployment.delete.text", impact.organisation(), impact.measurements(), impact.events()));
        confirm.addConfirmListener(confirmed -> {
            try {
                deployments.delete(doomed);
                Notification.show(getTranslation("deployment.deleted", impact.organisation()));
                backToList();
            } catch (OptimisticLockingFailureException stale) {
                new StaleEditDialog("stale.text.delete", this::reload).open();
            }
        });
        confirm.open();
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(DeploymentListView.class));
    }

    private static long idOf(Deployment deployment) {
        Long id = deployment.getId();
        if (id == null) {
            throw new IllegalStateException("a shown deployment is saved");
        }
        return id;
    }
}

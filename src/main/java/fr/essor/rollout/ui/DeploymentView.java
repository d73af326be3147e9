package fr.essor.rollout.ui;

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
import fr.essor.base.ui.FormDialog;
import fr.essor.base.ui.StaleEditDialog;
import fr.essor.rollout.DeletionImpact;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.MilestoneService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One deployment: its facts, its latest figures and its milestone log, with what the other modules add around
 * them (the chart, the exports, the imports, the change history: {@link DeploymentPagePart}).
 */
@Route("deployment")
@PermitAll
class DeploymentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DeploymentService deployments;
    private final MilestoneService milestones;
    private final List<DeploymentPagePart> partMakers;
    private final H1 title = new H1();
    private final Span referenceBadge = new Span();
    private final Span demoBadge = new Span();
    private final DeploymentFacts facts = new DeploymentFacts();
    private final HorizontalLayout header;
    private final Button edit = new Button();
    private final Button delete = new Button();
    private @Nullable Deployment deployment;
    private @Nullable MilestoneLog log;
    /** What the page shows for the deployment now open, the log included: removed when another one opens. */
    private final List<Component> shownForDeployment = new ArrayList<>();
    private final List<Runnable> partRefreshes = new ArrayList<>();

    DeploymentView(DeploymentService deployments, MilestoneService milestones, List<DeploymentPagePart> partMakers) {
        this.deployments = deployments;
        this.milestones = milestones;
        this.partMakers = partMakers.stream()
                .sorted(Comparator.comparing(DeploymentPagePart::place).thenComparingInt(DeploymentPagePart::order))
                .toList();
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(click -> openEditDialog());
        delete.setText(getTranslation("action.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> confirmDelete());
        referenceBadge.setText(getTranslation("deployment.referenceCase"));
        referenceBadge.getElement().getThemeList().add("badge contrast");
        demoBadge.setText(getTranslation("deployment.demo"));
        demoBadge.getElement().getThemeList().add("badge error");
        header = new HorizontalLayout(title, referenceBadge, demoBadge, edit, delete);
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
        shownForDeployment.forEach(component -> component.removeFromParent());
        shownForDeployment.clear();
        partRefreshes.clear();
        // Someone else may have removed the deployment meanwhile: then the list is where to go back to.
        MilestoneLog milestoneLog = new MilestoneLog(milestones, id, this::refreshAroundLog);
        log = milestoneLog;
        int headerActionAt = header.indexOf(edit);
        for (DeploymentPagePart.Place place : DeploymentPagePart.Place.values()) {
            if (place == DeploymentPagePart.Place.UNDER_LOG) {
                shownForDeployment.add(milestoneLog);
                add(milestoneLog);
            }
            for (DeploymentPagePart maker : partMakers) {
                if (maker.place() != place) {
                    continue;
                }
                maker.create(id, found.getOrganisation(), this::reload).ifPresent(part -> {
                    shownForDeployment.add(part.content());
                    add(part.content());
                    part.headerAction().ifPresent(action -> {
                        shownForDeployment.add(action);
                        header.addComponentAtIndex(headerActionAt, action);
                    });
                    partRefreshes.add(part.refresh());
                });
            }
        }
    }

    @Override
    public String getPageTitle() {
        // A fictitious deployment says so in the tab too, as in every list that names it.
        String name = deployment == null ? getTranslation("deployments.title")
                : DeploymentLabels.name(this, getLocale(), deployment.getOrganisation(), deployment.isDemo());
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
        demoBadge.setVisible(shown.isDemo());
        facts.show(shown, deployments.summary(idOf(shown)).orElse(null));
    }

    /** Reads the deployment again and refreshes all that shows it: after an edit, an import, an undo. */
    private void reload() {
        if (log != null) {
            log.refresh();
        }
        refreshAroundLog();
    }

    /** The log changed itself (a milestone logged): the facts and the parts follow. */
    private void refreshAroundLog() {
        if (deployment != null) {
            deployments.find(idOf(deployment)).ifPresentOrElse(current -> {
                show(current);
                partRefreshes.forEach(Runnable::run);
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

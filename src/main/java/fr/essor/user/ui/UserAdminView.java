package fr.essor.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.essor.base.ui.FormDialog;
import fr.essor.base.ui.StaleEditDialog;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.ui.DeploymentLabels;
import fr.essor.security.AppRoles;
import fr.essor.user.service.AccountDetails;
import fr.essor.user.service.UserAdministration;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The admins' page: every account with its role and whether it may sign in; a click opens it to change
 * its role, its deployments or disable it. Only admins see it in the menu or open it, and the service
 * refuses anyone else whatever the page shows.
 */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "admin.menu", order = 8)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AccountDetails> grid = new Grid<>();
    private final Button create = new Button();
    private final UserAdministration administration;
    private final DeploymentService deployments;

    UserAdminView(UserAdministration administration, DeploymentService deployments) {
        this.administration = administration;
        this.deployments = deployments;
        setSizeFull();
        create.setText(getTranslation("admin.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> openCreateDialog());
        configureGrid();
        add(new H1(getTranslation("admin.title")), create, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setSizeFull();
        // Plain text columns: names are user input and never become markup.
        grid.addColumn(AccountDetails::getUsername).setKey("username")
                .setHeader(getTranslation("admin.user.username")).setSortable(true).setFlexGrow(1);
        grid.addColumn(AccountDetails::getDisplayName).setKey("displayName")
                .setHeader(getTranslation("admin.user.displayName")).setSortable(true).setFlexGrow(2);
        grid.addColumn(account -> getTranslation("admin.role." + account.getRole().name())).setKey("role")
                .setHeader(getTranslation("admin.user.role")).setSortable(true);
        grid.addColumn(account -> getTranslation(account.isEnabled() ? "admin.user.active" : "admin.user.disabled"))
                .setKey("enabled").setHeader(getTranslation("admin.user.state")).setSortable(true);
        grid.addColumn(account -> account.getLanguage() == null ? getTranslation("admin.user.language.browser")
                        : getTranslation("app.language." + account.getLanguage()))
                .setKey("language").setHeader(getTranslation("app.language"));
        grid.addComponentColumn(account -> new AccessActions(administration, account)).setKey("access")
                .setHeader(getTranslation("admin.user.access")).setFlexGrow(2);
        grid.addItemClickListener(click -> openEditDialog(click.getItem()));
    }

    private void openCreateDialog() {
        new FormDialog<>(getTranslation("admin.create.title"), new AccountForm(true, deploymentNames()),
                new AccountDetails(), administration::save, this::created, this::refresh).open();
    }

    private void created(AccountDetails account) {
        refresh();
        String oneTimePassword = account.getOneTimePassword();
        if (oneTimePassword != null) {
            new OneTimePasswordDialog(account.getUsername(), oneTimePassword).open();
        }
    }

    private void openEditDialog(AccountDetails row) {
        Long id = row.getId();
        AccountDetails account;
        // What is stored now, with its memberships: the grid may be older than another admin's change.
        try {
            account = administration.account(id == null ? -1 : id);
        } catch (OptimisticLockingFailureException removed) {
            new StaleEditDialog(this::refresh).open();
            return;
        }
        new FormDialog<>(getTranslation("admin.edit.title", account.getUsername()),
                new AccountForm(false, deploymentNames()), account, administration::save, saved -> refresh(),
                this::refresh).open();
    }

    private Map<Long, String> deploymentNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (DeploymentSummary deployment : deployments.summaries()) {
            names.put(deployment.id(), DeploymentLabels.name(this, getLocale(), deployment.organisation(), deployment.demo()));
        }
        return names;
    }

    private void refresh() {
        grid.setItems(administration.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }
}

package fr.essor.user.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.base.ui.BoundForm;
import fr.essor.base.ui.Fields;
import fr.essor.user.domain.Role;
import fr.essor.user.service.AccountDetails;
import fr.essor.user.service.PasswordChange;
import java.util.Map;

/**
 * Creates or edits an account: its name (fixed once created: people sign in with it), display name, role,
 * whether it may sign in, its deployments and, on creation, an initial password. The service checks the rules.
 */
class AccountForm extends BoundForm<AccountDetails> {

    private final TextField username = Fields.text("admin.user.username");
    private final TextField displayName = Fields.text("admin.user.displayName");
    private final Select<Role> role = new Select<>();
    private final Checkbox enabled = new Checkbox(getTranslation("admin.user.enabled"));
    private final MultiSelectComboBox<Long> deployments = new MultiSelectComboBox<>(getTranslation("admin.user.deployments"));
    private final PasswordField initialPassword = new PasswordField(getTranslation("admin.user.initialPassword"));

    /** @param deploymentNames every deployment a user may be made a member of, by id */
    AccountForm(boolean creating, Map<Long, String> deploymentNames) {
        super(AccountDetails.class);
        username.setRequired(creating);
        username.setReadOnly(!creating);
        username.setHelperText(getTranslation("admin.user.username.help"));
        displayName.setRequired(true);
        role.setLabel(getTranslation("admin.user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("admin.role." + value.name()));
        deployments.setItems(deploymentNames.keySet().stream()
                .sorted((a, b) -> deploymentNames.get(a).compareToIgnoreCase(deploymentNames.get(b))).toList());
        deployments.setItemLabelGenerator(id -> deploymentNames.getOrDefault(id, "#" + id));
        deployments.setHelperText(getTranslation("admin.user.deployments.help"));
        initialPassword.setHelperText(getTranslation("admin.user.initialPassword.help", PasswordChange.MIN_LENGTH));
        initialPassword.setVisible(creating);

        binder.forField(username).asRequired(getTranslation("validation.required"))
                .bind(AccountDetails::getUsername, AccountDetails::setUsername);
        binder.forField(displayName).asRequired(getTranslation("validation.required"))
                .bind(AccountDetails::getDisplayName, AccountDetails::setDisplayName);
        binder.forField(role).bind(AccountDetails::getRole, AccountDetails::setRole);
        binder.forField(enabled).bind(AccountDetails::isEnabled, AccountDetails::setEnabled);
        binder.forField(deployments).bind(AccountDetails::getDeploymentIds, AccountDetails::setDeploymentIds);
        binder.forField(initialPassword).bind(AccountDetails::getInitialPassword, AccountDetails::setInitialPassword);
        showsViolationsOf("username", username);
        showsViolationsOf("displayName", displayName);
        showsViolationsOf("role", role);
        showsViolationsOf("enabled", enabled);
        showsViolationsOf("initialPassword", initialPassword);

        FormLayout layout = getContent();
        layout.add(username, displayName, role, enabled, deployments, initialPassword);
        layout.setColspan(deployments, 2);
    }
}

package fr.essor.user.service;

import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as the admin page edits it: the account's own fields, the deployments it is a member of, and
 * on creation the initial password (empty: a one-time one is generated). The version makes a stale save fail.
 * After a creation, {@link #getOneTimePassword()} holds the password to hand over once; it is never stored.
 */
public class AccountDetails {

    private @Nullable Long id;
    private int version;
    private String username = "";
    private String displayName = "";
    private Role role = Role.VIEWER;
    private boolean enabled = true;
    private @Nullable String language;
    private Set<Long> deploymentIds = new HashSet<>();
    private String initialPassword = "";
    private @Nullable String oneTimePassword;

    public AccountDetails() {
    }

    static AccountDetails of(AppUser user, Set<Long> deploymentIds) {
        AccountDetails details = new AccountDetails();
        details.id = user.getId();
        details.version = user.getVersion();
        details.username = user.getUsername();
        details.displayName = user.getDisplayName();
        details.role = user.getRole();
        details.enabled = user.isEnabled();
        details.language = user.getLanguage();
        details.deploymentIds = new HashSet<>(deploymentIds);
        return details;
    }

    public @Nullable Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public int getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public Set<Long> getDeploymentIds() {
        return deploymentIds;
    }

    public void setDeploymentIds(Set<Long> deploymentIds) {
        this.deploymentIds = new HashSet<>(deploymentIds);
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public @Nullable String getOneTimePassword() {
        return oneTimePassword;
    }

    void setOneTimePassword(@Nullable String oneTimePassword) {
        this.oneTimePassword = oneTimePassword;
    }
}

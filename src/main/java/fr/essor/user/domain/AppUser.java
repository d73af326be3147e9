package fr.essor.user.domain;

import fr.essor.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Someone who may sign in. The password is only ever kept hashed (Spring's delegating format). */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX_LENGTH = 100;
    public static final int DISPLAY_NAME_MAX_LENGTH = 200;

    @NotBlank
    @Size(max = USERNAME_MAX_LENGTH)
    private String username = "";

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX_LENGTH)
    private String displayName = "";

    @Column(name = "password_hash")
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    private Role role = Role.VIEWER;

    private boolean enabled = true;

    private boolean passwordChangeRequired;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role) {
        this.username = canonical(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /** One account per name whatever its case: "Alice" signs in as "alice". */
    public static String canonical(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }
}

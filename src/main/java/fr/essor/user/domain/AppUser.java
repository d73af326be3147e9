package fr.essor.user.domain;

import fr.essor.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Someone who may sign in. The password is only ever kept hashed (Spring's delegating format). Constraint
 * messages are bundle keys; the lengths are the columns' (V6).
 */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX_LENGTH = 100;
    public static final int DISPLAY_NAME_MAX_LENGTH = 200;
    /**
     * ASCII letters and digits with . _ - @ (an e-mail address fits): a name typed at every sign-in, where
     * look-alike letters from other scripts would make two accounts that read the same.
     */
    public static final String USERNAME_PATTERN = "[a-z0-9._@-]*";
    public static final String USERNAME_UNIQUE = "app_user_username_uk";

    @NotBlank(message = "validation.required")
    @Size(max = USERNAME_MAX_LENGTH, message = "validation.tooLong")
    @Pattern(regexp = USERNAME_PATTERN, message = "admin.user.username.pattern")
    private String username = "";

    @NotBlank(message = "validation.required")
    @Size(max = DISPLAY_NAME_MAX_LENGTH, message = "validation.tooLong")
    private String displayName = "";

    @Column(name = "password_hash")
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    private Role role = Role.VIEWER;

    private boolean enabled = true;

    private boolean passwordChangeRequired;

    /** "fr" or "en"; null until the user picks one, the browser's language serving meanwhile. */
    private @Nullable String language;

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

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether this account may manage users: an enabled admin. */
    public boolean isActiveAdmin() {
        return enabled && role == Role.ADMIN;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }
}

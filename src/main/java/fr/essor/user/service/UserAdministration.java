package fr.essor.user.service;

import fr.essor.base.domain.ConstraintViolations;
import fr.essor.base.domain.RemovedMeanwhile;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.UniqueConstraint;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.DeploymentMembers;
import fr.essor.security.AppRoles;
import fr.essor.security.CurrentUser;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's work on accounts: create one (with a password to change at first sign-in), change its name,
 * role, whether it may sign in, and its deployments. An admin never disables or demotes themselves, and
 * the last enabled admin stays one, so Essor always keeps someone who can manage it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
public class UserAdministration {

    private final UserRepository users;
    private final DeploymentMembers members;
    private final PasswordEncoder encoder;
    private final Validator validator;
    private final ApiTokens tokens;

    UserAdministration(UserRepository users, DeploymentMembers members, PasswordEncoder encoder, Validator validator,
                       ApiTokens tokens) {
        this.tokens = tokens;
        this.users = users;
        this.members = members;
        this.encoder = encoder;
        this.validator = validator;
    }

    /** Every account, by user name; their deployments are read when one is opened. */
    public List<AccountDetails> accounts() {
        return users.findAllByOrderByUsername().stream().map(user -> AccountDetails.of(user, Set.of())).toList();
    }

    public AccountDetails account(long id) {
        AppUser user = users.findById(id).orElseThrow(() -> RemovedMeanwhile.of("account", id));
        return AccountDetails.of(user, members.deploymentsOf(id));
    }

    /**
     * Creates or changes the account. A refused rule ends as a {@link RuleViolationException} and nothing
     * is written; a save over someone else's newer change as an OptimisticLockingFailureException.
     */
    @Transactional
    public AccountDetails save(AccountDetails details) {
        // First, so that two admins changing admins at the same moment are checked one after the other.
        List<AppUser> activeAdmins = users.lockActiveAdmins();
        long actingId = CurrentUser.id().orElse(-1L);
        if (activeAdmins.stream().noneMatch(admin -> admin.getId() == actingId)) {
            // The session still says admin, the account no longer does (disabled or demoted meanwhile).
            throw new AccessDeniedException("no longer an enabled admin");
        }
        Long id = details.getId();
        @Nullable AppUser stored = id == null ? null : users.findById(id).orElseThrow(() -> RemovedMeanwhile.of("account", id));
        if (stored != null && stored.getVersion() != details.getVersion()) {
            throw new OptimisticLockingFailureException("account " + id + " was changed meanwhile");
        }
        List<Violation> violations = new ArrayList<>(checkFields(details, stored));
        if (stored != null) {
            violations.addAll(checkAdminsRemain(details, stored, activeAdmins.size(), actingId));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        @Nullable String oneTimePassword = null;
        AppUser user;
        if (stored == null) {
            String password = details.getInitialPassword();
            if (password.isEmpty()) {
                password = oneTimePassword = OneTimePasswords.next();
            }
            user = new AppUser(details.getUsername(), details.getDisplayName(), encoder.encode(password), details.getRole());
            // Whoever set it, the admin knows it: the user replaces it before anything else.
            user.setPasswordChangeRequired(true);
        } else {
            user = stored;
            user.setDisplayName(details.getDisplayName());
            user.setRole(details.getRole());
        }
        user.setEnabled(details.isEnabled());
        AppUser saved = UniqueConstraint.named(AppUser.USERNAME_UNIQUE, usernameTaken())
                .guard(() -> users.saveAndFlush(user));
        members.setDeploymentsOf(saved.getId(), details.getDeploymentIds());
        AccountDetails result = account(saved.getId());
        result.setOneTimePassword(oneTimePassword);
        return result;
    }

    /**
     * Gives the account a new one-time password, to be replaced at its next sign-in, and revokes its API tokens:
     * a reset means the old password may be known to someone else, and so may a token made with it. The account's
     * sessions end at their next request (their password is no longer the one they signed in with).
     * @return the one-time password, to hand over once; it is never stored
     */
    @Transactional
    public String resetPassword(long userId) {
        if (CurrentUser.id().filter(acting -> acting == userId).isPresent()) {
            // An admin changes their own password on their account page, proving they know the current one.
            throw new AccessDeniedException("an admin changes their own password on the account page");
        }
        AppUser user = users.findById(userId).orElseThrow(() -> RemovedMeanwhile.of("account", userId));
        String oneTimePassword = OneTimePasswords.next();
        user.setPasswordHash(encoder.encode(oneTimePassword));
        user.setPasswordChangeRequired(true);
        users.saveAndFlush(user);
        tokens.revokeAllOf(userId);
        return oneTimePassword;
    }

    /** Revokes every API token of an account, whoever made them. @return how many were revoked */
    @Transactional
    public int revokeApiTokensOf(long userId) {
        users.findById(userId).orElseThrow(() -> RemovedMeanwhile.of("account", userId));
        return tokens.revokeAllOf(userId);
    }

    /** How many API tokens of the account still work or wait for their first use. */
    public int apiTokenCountOf(long userId) {
        return tokens.activeCountOf(userId);
    }

    /** Checked on a copy, never on the stored account, so nothing half-valid is ever flushed. */
    private List<Violation> checkFields(AccountDetails details, @Nullable AppUser stored) {
        String username = stored == null ? details.getUsername() : stored.getUsername();
        List<Violation> violations = new ArrayList<>(ConstraintViolations.of(validator,
                new AppUser(username, details.getDisplayName(), "", details.getRole())));
        if (stored == null) {
            if (violations.stream().noneMatch(violation -> violation.field().equals("username"))
                    && users.existsByUsername(AppUser.canonical(username))) {
                violations.add(usernameTaken());
            }
            String password = details.getInitialPassword();
            // Empty: Essor makes a one-time password. A chosen one must stand the same rules as the user's own.
            if (!password.isEmpty()) {
                PasswordRules.refusal(password, username).ifPresent(refusal -> violations.add(Violation.of("initialPassword",
                        refusal.messageKey(), PasswordChange.MIN_LENGTH, PasswordChange.MAX_LENGTH)));
            }
        }
        return violations;
    }

    /** The last enabled admin stays one; an admin never demotes or disables themselves. */
    private static List<Violation> checkAdminsRemain(AccountDetails details, AppUser stored, int activeAdmins, long actingId) {
        boolean demoted = details.getRole() != Role.ADMIN;
        boolean disabled = !details.isEnabled();
        if (!stored.isActiveAdmin() || !(demoted || disabled)) {
            return List.of();
        }
        String field = demoted ? "role" : "enabled";
        if (activeAdmins <= 1) {
            return List.of(Violation.of(field, "admin.rule.lastAdmin"));
        }
        if (stored.getId() == actingId) {
            return List.of(Violation.of(field, demoted ? "admin.rule.selfDemotion" : "admin.rule.selfDisable"));
        }
        return List.of();
    }

    private static Violation usernameTaken() {
        return Violation.of("username", "admin.user.username.taken");
    }
}

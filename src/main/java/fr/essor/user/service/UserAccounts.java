package fr.essor.user.service;

import fr.essor.security.CurrentUser;
import fr.essor.security.EssorPrincipal;
import fr.essor.security.SignInThrottle;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.UserRepository;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.i18n.SavedLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts Spring Security signs people in with. */
@Service
@Transactional(readOnly = true)
public class UserAccounts implements UserDetailsService, SavedLanguage {

    /** What the gates and the filter check at every request; an account that does not exist (any more) may do nothing. */
    private record Standing(boolean enabled, boolean passwordChangeRequired, int passwordStamp) {
        static final Standing GONE = new Standing(false, false, 0);
    }

    private final UserRepository users;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;

    UserAccounts(UserRepository users, SignInThrottle throttle, PasswordEncoder encoder, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.encoder = encoder;
    }

    /**
     * Read at every request of every signed-in user (AccountStandingFilter, the gates), never kept between
     * sessions: an account disabled, or its password changed, on any instance is refused at its next request
     * (decision record 0009).
     */
    private Standing standing(long userId) {
        return users.findById(userId)
                .map(user -> new Standing(user.isEnabled(), user.isPasswordChangeRequired(), stampOf(user))).orElse(Standing.GONE);
    }

    /**
     * A fingerprint of the account's password hash, which changes with the password (a new salt each time): the
     * hash itself is not kept in memory for every signed-in user.
     */
    private static int stampOf(AppUser user) {
        return java.util.Objects.hashCode(user.getPasswordHash());
    }

    /**
     * A locked name is reported exactly as an unknown one: Spring then checks a dummy password for the
     * same time and answers "bad credentials" in both cases.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!throttle.mayTry(username)) {
            throw new UsernameNotFoundException("unknown or locked");
        }
        AppUser user = users.findByUsername(AppUser.canonical(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown or locked"));
        // The stamp of the hash this sign-in is checked against: a session is tied to that password from its first
        // moment, not from its first request (a password changed in between used to leave it signed in).
        return new EssorPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                OptionalInt.of(stampOf(user)), user.isEnabled(), List.of(new SimpleGrantedAuthority(user.getRole().authority())));
    }

    /** Whether the signed-in user still has a one-time password, which they must replace before anything else. */
    public boolean passwordChangeRequired() {
        return CurrentUser.id().map(id -> standing(id).passwordChangeRequired()).orElse(false);
    }

    /**
     * Whether the signed-in user's account may still sign in: false once an admin has disabled it. A user
     * signed in without an Essor account id (another sign-in method) is not concerned.
     */
    public boolean signedInAccountEnabled() {
        Optional<Long> id = CurrentUser.id();
        return id.isEmpty() || standing(id.get()).enabled();
    }

    /**
     * The signed-in account's password stamp: it changes when the password does, so a session signed in with an
     * older password can be told apart. Empty for a user signed in
     * without an Essor account id.
     */
    public OptionalInt signedInPasswordStamp() {
        return CurrentUser.id().map(id -> OptionalInt.of(standing(id).passwordStamp())).orElse(OptionalInt.empty());
    }

    /**
     * The signed-in user replaces their own password, proving they know the current one, and revokes every API
     * token of the account if asked: whoever learnt the old password may have made one, and a token is another
     * way in that the password change alone leaves open.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PasswordChange changeOwnPassword(String current, String replacement, boolean revokeApiTokens) {
        AppUser user = signedIn();
        if (!encoder.matches(current, user.getPasswordHash())) {
            return PasswordChange.CURRENT_WRONG;
        }
        Optional<PasswordChange> refusal = PasswordRules.refusal(replacement, user.getUsername());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (replacement.equals(current)) {
            return PasswordChange.SAME_AS_CURRENT;
        }
        user.setPasswordHash(encoder.encode(replacement));
        user.setPasswordChangeRequired(false);
        users.saveAndFlush(user);
        if (revokeApiTokens) {
            tokens.revokeAllOf(user.getId());
        }
        return PasswordChange.DONE;
    }

    /** What the account page shows about the signed-in user. */
    @PreAuthorize("isAuthenticated()")
    public OwnAccount ownAccount() {
        AppUser user = signedIn();
        return new OwnAccount(user.getUsername(), user.getDisplayName(), user.getRole(), language(user));
    }

    @Override
    public Optional<Locale> ofSignedInUser() {
        return CurrentUser.id().flatMap(users::findById).flatMap(UserAccounts::language);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveForSignedInUser(Locale locale) {
        AppUser user = signedIn();
        user.setLanguage(BundleTranslations.supported(locale).getLanguage());
        users.saveAndFlush(user);
    }

    private AppUser signedIn() {
        return CurrentUser.id().flatMap(users::findById)
                .orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    private static Optional<Locale> language(AppUser user) {
        return Optional.ofNullable(user.getLanguage()).map(Locale::of).map(BundleTranslations::supported);
    }
}

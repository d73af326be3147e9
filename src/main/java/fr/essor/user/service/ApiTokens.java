package fr.essor.user.service;

import fr.essor.base.domain.ConstraintViolations;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.security.CurrentUser;
import fr.essor.security.EssorPrincipal;
import fr.essor.user.domain.ApiToken;
import fr.essor.user.domain.ApiTokenRepository;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.UserRepository;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each user creates, lists and revokes their own; the API's filter turns a presented
 * token into its owner, as the sign-in page would. A token is 256 random bits, so a plain SHA-256 is
 * enough to store it: bcrypt's slowness protects guessable passwords, and nobody can enumerate 2^256
 * candidates; a fast hash also lets every API call look its token up by an index, not by trying each hash.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    /** The prefix lets secret scanners and people recognise an Essor token in a log or a repository. */
    static final String PREFIX = "essor_";
    /** "last used" is written at most this often, so a busy script does not write on every call. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Validator validator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserRepository users, Validator validator, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.validator = validator;
        this.clock = clock;
    }

    /** A token just made: its clear value exists only here, to be shown once. */
    public record Created(ApiToken token, String clearValue) {
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Created create(String name, @Nullable LocalDate expiresOn) {
        long userId = CurrentUser.id().orElseThrow(() -> new IllegalStateException("no signed-in account"));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String clear = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = new ApiToken(userId, name.strip(), hash(clear), clock.instant(), expiresOn);
        List<Violation> violations = new ArrayList<>(ConstraintViolations.of(validator, token));
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            violations.add(Violation.of("expiresOn", "token.expiresOn.past"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new Created(tokens.saveAndFlush(token), clear);
    }

    /** The signed-in user's tokens that are not revoked, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> mine() {
        return CurrentUser.id().map(tokens::findActiveOf).orElse(List.of());
    }

    /** Revokes one of the signed-in user's own tokens; someone else's is left alone. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        long userId = CurrentUser.id().orElseThrow(() -> new IllegalStateException("no signed-in account"));
        tokens.findById(tokenId).filter(token -> token.getUserId() == userId)
                .ifPresent(token -> token.revoke(clock.instant()));
    }

    /** How many tokens of an account are listed (not revoked); for the pages that offer to revoke them. */
    int activeCountOf(long userId) {
        return tokens.findActiveOf(userId).size();
    }

    /** How many tokens the signed-in user has that are not revoked. */
    @PreAuthorize("isAuthenticated()")
    public int countMine() {
        return mine().size();
    }

    /**
     * Revokes every token of an account; for a password change or reset, where the caller has checked who may.
     * @return how many were revoked
     */
    @Transactional
    int revokeAllOf(long userId) {
        return tokens.revokeAllOf(userId, clock.instant());
    }

    /**
     * The account a presented token stands for, as the principal the pages use, so every
     * {@code @PreAuthorize} rule applies alike; empty for an unknown, revoked or expired token, or a
     * disabled account. Records when it was last used.
     */
    @Transactional
    public Optional<EssorPrincipal> authenticate(String presented) {
        if (!presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(presented))
                .filter(token -> token.worksOn(LocalDate.now(clock)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<AppUser> owner = users.findById(token.getUserId()).filter(AppUser::isEnabled);
        owner.ifPresent(user -> {
            Instant now = clock.instant();
            if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                tokens.recordUse(token.getId(), now, now.minus(LAST_USED_PRECISION));
            }
        });
        return owner.map(user -> new EssorPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), "",
                true, List.of(new SimpleGrantedAuthority(user.getRole().authority()))));
    }

    static String hash(String clear) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clear.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}

package fr.essor.user.domain;

import fr.essor.base.domain.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A personal token a script sends as "Authorization: Bearer …" to act as its owner on /api. Only its
 * SHA-256 is stored: whoever reads the database cannot call the API with what they read.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 100;

    private long userId;

    @NotBlank(message = "validation.required")
    @Size(max = NAME_MAX_LENGTH, message = "validation.tooLong")
    private String name = "";

    private String tokenHash = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant lastUsedAt;
    /** The last day the token works, inclusive; null for "until revoked". */
    private @Nullable LocalDate expiresOn;
    private @Nullable Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long userId, String name, String tokenHash, Instant createdAt, @Nullable LocalDate expiresOn) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    /** Works today: neither revoked nor past its last day. */
    public boolean worksOn(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
    }
}

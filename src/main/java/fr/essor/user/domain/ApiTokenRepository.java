package fr.essor.user.domain;

import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** A user's tokens still listed: revoked ones disappear from the page. */
    @Query("select t from ApiToken t where t.userId = :userId and t.revokedAt is null order by t.createdAt desc, t.id desc")
    List<ApiToken> findActiveOf(long userId);

    /**
     * Records a use unless one was recorded after {@code unlessSince}. One statement, without the row's version:
     * requests sent at once with one token all record it, and none fails on the version the others moved.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :unlessSince)")
    int recordUse(long id, Instant now, Instant unlessSince);

    /** Revokes every token of a user still working; one statement, so a token used meanwhile is revoked too. */
    @Modifying
    @Query("update ApiToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
    int revokeAllOf(long userId, Instant now);
}

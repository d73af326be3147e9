package fr.essor.user.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** A user's tokens still listed: revoked ones disappear from the page. */
    @Query("select t from ApiToken t where t.userId = :userId and t.revokedAt is null order by t.createdAt desc, t.id desc")
    List<ApiToken> findActiveOf(long userId);
}

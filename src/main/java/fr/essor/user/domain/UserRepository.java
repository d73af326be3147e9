package fr.essor.user.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    /** Only for the demo users: makes the user a member of that deployment if it exists and they are not yet. */
    @Modifying
    @Query(value = """
            insert into deployment_member (deployment_id, user_id)
            select d.id, :userId from deployment d where d.organisation = :organisation
              and not exists (select 1 from deployment_member m where m.deployment_id = d.id and m.user_id = :userId)""",
            nativeQuery = true)
    void joinByOrganisation(long userId, String organisation);
}

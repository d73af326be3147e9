package fr.essor.user.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findAllByOrderByUsername();

    /**
     * The enabled admins, their rows held until the transaction ends: two admins demoting each other at
     * the same moment are then checked one after the other, and the second sees that only one is left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = fr.essor.user.domain.Role.ADMIN and u.enabled = true order by u.id")
    List<AppUser> lockActiveAdmins();
}

package org.aashray.security.accounts;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** One column, no role or home collections: checked on every navigation. */
    @Query("select u.mustChangePassword from UserAccount u where u.username = :username")
    Optional<Boolean> mustChangePassword(@org.springframework.data.repository.query.Param("username") String username);

    boolean existsByUsername(String username);

    @Query("select r, count(distinct u) from UserAccount u join u.roles r join u.homeIds h where h = :homeId and u.active = true group by r")
    java.util.List<Object[]> countActiveByRoleForHome(@Param("homeId") long homeId);

    /** The district of a home (for the district official's access to its staff figures). */
    @Query(value = "select district_id from homes where id = :homeId", nativeQuery = true)
    Long districtOfHome(@Param("homeId") long homeId);

    @Query("""
            select u from UserAccount u
            where :text is null or lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))""")
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);

    @Query("select u from UserAccount u where u.active = true and :homeId member of u.homeIds order by u.displayName")
    java.util.List<UserAccount> activeOfHome(@Param("homeId") long homeId);
}

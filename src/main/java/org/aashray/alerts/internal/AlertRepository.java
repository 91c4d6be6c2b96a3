package org.aashray.alerts.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AlertRepository extends JpaRepository<Alert, Long> {

    /**
     * Open alerts of the homes given: all of them ({@code everything}), or those for the roles or the assignee; of
     * every rule, or only of the rules given ({@code anyRule} false: ADMIN's structure rules).
     */
    String VISIBLE = """
            from Alert a where a.openMarker = 1 and (:allHomes = true or a.homeId in :homes)
              and (:everything = true or a.alertedRole in :roles or a.assigneeId = :me)
              and (:anyRule = true or a.ruleKey in :rules)""";

    // Slice avoids the count query; the grid pages lazily.
    @Query("select a " + VISIBLE)
    Slice<Alert> visible(@Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes,
                         @Param("everything") boolean everything, @Param("roles") Collection<org.aashray.security.Role> roles,
                         @Param("me") long me, @Param("anyRule") boolean anyRule,
                         @Param("rules") Collection<String> rules, Pageable pageable);

    @Query("select count(a) " + VISIBLE)
    long countVisible(@Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes,
                      @Param("everything") boolean everything, @Param("roles") Collection<org.aashray.security.Role> roles,
                      @Param("me") long me, @Param("anyRule") boolean anyRule,
                      @Param("rules") Collection<String> rules);

    @Query("select count(a) " + VISIBLE + " and a.overdue = true")
    long countVisibleOverdue(@Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes,
                             @Param("everything") boolean everything,
                             @Param("roles") Collection<org.aashray.security.Role> roles, @Param("me") long me,
                             @Param("anyRule") boolean anyRule, @Param("rules") Collection<String> rules);

    /** Per home, how many open alerts reached the district level: counts only, for district officials. */
    @Query("""
            select a.homeId, count(a) from Alert a where a.openMarker = 1 and a.escalationLevel >= :level
              and a.homeId in :homes group by a.homeId""")
    List<Object[]> escalatedCountsByHome(@Param("homes") Collection<Long> homes, @Param("level") int level);

    @Query("select c from AlertComment c where c.alertId = :alertId order by c.writtenAt, c.id")
    List<AlertComment> comments(@Param("alertId") long alertId);

    /** Per home: open, overdue and escalated alerts (the digest's counts). */
    @Query("""
            select a.homeId, count(a), sum(case when a.overdue = true then 1 else 0 end),
                   sum(case when a.escalationLevel > 0 then 1 else 0 end)
            from Alert a where a.openMarker = 1 group by a.homeId order by a.homeId""")
    List<Object[]> openCountsByHome();

    /** Open alerts about one resident (index on resident_id, open_marker). */
    @Query("select a from Alert a where a.residentId = :residentId and a.openMarker = 1 order by a.id")
    List<Alert> openAbout(@Param("residentId") long residentId);
}

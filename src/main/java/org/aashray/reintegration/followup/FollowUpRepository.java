package org.aashray.reintegration.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Due-date queries take the caller's homes; "all homes" (the application itself) passes allHomes = true. */
public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByResidentIdOrderByDueOnAscIdAsc(long residentId);

    @Query("""
            select f from FollowUp f where f.status = 'OPEN' and f.dueOn >= :from and f.dueOn <= :to
              and (:allHomes = true or f.homeId in :homes) order by f.dueOn, f.id""")
    List<FollowUp> openDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
                                  @Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes);

    @Query("""
            select f from FollowUp f where f.status = 'OPEN' and f.dueOn < :before
              and (:allHomes = true or f.homeId in :homes) order by f.dueOn, f.id""")
    List<FollowUp> openDueBefore(@Param("before") LocalDate before, @Param("allHomes") boolean allHomes,
                                 @Param("homes") Collection<Long> homes);

    @Query("""
            select f.homeId, count(f) from FollowUp f where f.status = 'OPEN' and f.dueOn < :before and f.homeId in :homes
            group by f.homeId""")
    List<Object[]> openDueBeforeCountByHome(@Param("before") LocalDate before, @Param("homes") Collection<Long> homes);

    @Query("""
            select f from FollowUp f where f.concern = true and f.concernClosedOn is null
              and (:allHomes = true or f.homeId in :homes) order by f.doneOn desc""")
    List<FollowUp> openConcerns(@Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes);
}

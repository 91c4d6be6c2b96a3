package org.aashray.reintegration.verification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Due-date queries take the caller's homes; "all homes" (the application itself) passes allHomes = true. */
public interface VerificationRepository extends JpaRepository<HomeVerification, Long> {

    List<HomeVerification> findByResidentIdOrderByRequestedOnDescIdDesc(long residentId);

    @Query("""
            select v from HomeVerification v where v.status = 'PENDING' and (:allHomes = true or v.homeId in :homes)
            order by v.dueOn, v.id""")
    List<HomeVerification> pending(@Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes, Pageable pageable);

    @Query("""
            select v from HomeVerification v where v.status = 'PENDING' and v.dueOn < :today
              and (:allHomes = true or v.homeId in :homes) order by v.dueOn, v.id""")
    List<HomeVerification> overdue(@Param("today") LocalDate today, @Param("allHomes") boolean allHomes,
                                   @Param("homes") Collection<Long> homes);

    @Query("""
            select distinct v.residentId from HomeVerification v where v.status = 'PENDING' and v.residentId in :residents""")
    List<Long> pendingAmong(@Param("residents") Collection<Long> residents);

    @Query("""
            select v.homeId, count(v) from HomeVerification v where v.status = 'PENDING' and v.dueOn < :today
              and v.homeId in :homes group by v.homeId""")
    List<Object[]> overdueCountByHome(@Param("today") LocalDate today, @Param("homes") Collection<Long> homes);

    @Query("""
            select v from HomeVerification v where v.status = 'PENDING' and v.assignedUsername = :username
            order by v.dueOn, v.id""")
    List<HomeVerification> pendingFor(@Param("username") String username, Pageable pageable);
}

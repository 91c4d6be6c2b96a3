package org.aashray.reintegration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Due-date queries take the caller's homes; "all homes" (the application itself) passes allHomes = true.

interface VerificationRepository extends JpaRepository<HomeVerification, Long> {

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

interface VerificationFileRepository extends JpaRepository<VerificationFile, Long> {

    List<VerificationFile> findByVerificationIdOrderById(long verificationId);
}

interface ReadinessCheckRepository extends JpaRepository<ReadinessCheck, Long> {

    Optional<ReadinessCheck> findFirstByResidentIdOrderByIdDesc(long residentId);

    List<ReadinessCheck> findByResidentIdOrderByIdDesc(long residentId);

    @Query("""
            select c.residentId from ReadinessCheck c where c.residentId in :residents and c.ready = true
              and c.id = (select max(c2.id) from ReadinessCheck c2 where c2.residentId = c.residentId)""")
    List<Long> readyAmong(@Param("residents") Collection<Long> residents);

    /** Every check of the residents as (resident id, ready), oldest first: the last one per resident is her current one. */
    @Query("select c.residentId, c.ready from ReadinessCheck c where c.residentId in :residents order by c.residentId, c.id")
    List<Object[]> resultsAmong(@Param("residents") Collection<Long> residents);
}

interface ReadinessItemRepository extends JpaRepository<ReadinessItemSetting, ReadinessItem> {

    List<ReadinessItemSetting> findAllByOrderByPosition();
}

interface OverrideRepository extends JpaRepository<ExitOverride, Long> {

    Optional<ExitOverride> findFirstByResidentIdAndUsedOnIsNullOrderByIdDesc(long residentId);

    List<ExitOverride> findByResidentIdOrderByIdDesc(long residentId);
}

interface ExitRepository extends JpaRepository<ReintegrationExit, Long> {

    List<ReintegrationExit> findByResidentIdOrderByExitDateDescIdDesc(long residentId);
}

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

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

interface RepatriationRepository extends JpaRepository<Repatriation, Long> {

    List<Repatriation> findByResidentIdOrderByIdDesc(long residentId);

    @Query("""
            select r from Repatriation r where r.status = 'OPEN' and r.permitExpiresOn <= :until
              and (:allHomes = true or r.homeId in :homes) order by r.permitExpiresOn, r.id""")
    List<Repatriation> permitsExpiringBy(@Param("until") LocalDate until, @Param("allHomes") boolean allHomes,
                                         @Param("homes") Collection<Long> homes);

    @Query("""
            select r from Repatriation r where r.status = 'OPEN' and (:allHomes = true or r.homeId in :homes)
            order by r.id""")
    List<Repatriation> open(@Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes, Pageable pageable);
}

interface ReintegrationSettingsRepository extends JpaRepository<ReintegrationSettings, Integer> {
}

package org.aashray.medical;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HealthCheckRepository extends JpaRepository<HealthCheck, Long> {

    @Query("select c from HealthCheck c where c.homeId in :homes and c.doneAt is null order by c.dueAt")
    List<HealthCheck> openIn(@Param("homes") Collection<Long> homes, Pageable pageable);

    @Query("select c from HealthCheck c where c.doneAt is null order by c.dueAt")
    List<HealthCheck> openEverywhere(Pageable pageable);

    @Query("select c from HealthCheck c where c.doneAt is null and c.dueAt < :before order by c.dueAt, c.id")
    List<HealthCheck> openDueBefore(@Param("before") java.time.LocalDateTime before);

    List<HealthCheck> findByResidentIdOrderByDueAtDesc(long residentId);

    boolean existsByResidentIdAndDueAt(long residentId, LocalDateTime dueAt);
}

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    @Query("""
            select a from Appointment a where a.homeId = :home and a.startsAt < :to and a.startsAt >= :bound and a.endsAt > :from
            order by a.startsAt""")
    List<Appointment> ofHome(@Param("home") long home, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                             @Param("bound") LocalDateTime bound, Pageable pageable);

    @Query("""
            select a from Appointment a where a.residentId = :id and a.startsAt < :to and a.startsAt >= :bound and a.endsAt > :from
            order by a.startsAt""")
    List<Appointment> ofResident(@Param("id") long id, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                                 @Param("bound") LocalDateTime bound);

    List<Appointment> findByResidentIdOrderByStartsAtDesc(long residentId, Pageable pageable);
}

interface MedicalRecordRepository extends JpaRepository<MedicalRecord, Long> {
}

interface MedicalSettingsRepository extends JpaRepository<MedicalSettings, Long> {

    Optional<MedicalSettings> findByHomeId(Long homeId);

    @Query("select s from MedicalSettings s where s.homeId is null")
    Optional<MedicalSettings> findDefault();
}

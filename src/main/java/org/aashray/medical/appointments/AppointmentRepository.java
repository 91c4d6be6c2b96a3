package org.aashray.medical.appointments;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppointmentRepository extends JpaRepository<Appointment, Long> {

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

    /** Her planned appointments from {@code from} on (index on resident_id, starts_at): what a transfer or exit changes. */
    @Query("""
            select a from Appointment a where a.residentId = :id and a.startsAt >= :from
              and a.status = org.aashray.medical.AppointmentStatus.PLANNED order by a.startsAt""")
    List<Appointment> plannedOfResidentFrom(@Param("id") long residentId, @Param("from") LocalDateTime from);
}

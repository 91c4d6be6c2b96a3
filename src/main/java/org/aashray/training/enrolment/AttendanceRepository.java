package org.aashray.training.enrolment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.key.sessionId = :sessionId")
    List<Attendance> forSession(@Param("sessionId") long sessionId);

    /** Per enrolment: [enrolmentId, sessions present, sessions marked]. */
    @Query("""
            select a.key.enrolmentId, sum(case when a.present = true then 1 else 0 end), count(a) from Attendance a
            where a.key.enrolmentId in :ids group by a.key.enrolmentId""")
    List<Object[]> tally(@Param("ids") Collection<Long> enrolmentIds);
}

package org.aashray.counselling.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CounsellingSessionRepository extends JpaRepository<Session, Long> {

    /** startsAt is bounded below too (sessions are at most a day long), so the (x, starts_at) indexes are used. */
    @Query("""
            select s from Session s where s.counsellorId = :id and s.startsAt < :to and s.startsAt >= :bound
              and s.endsAt > :from order by s.startsAt""")
    List<Session> ofCounsellor(@Param("id") long id, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                               @Param("bound") LocalDateTime bound);

    @Query("""
            select s from Session s where s.homeId = :id and s.startsAt < :to and s.startsAt >= :bound
              and s.endsAt > :from order by s.startsAt""")
    List<Session> ofHome(@Param("id") long id, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                         @Param("bound") LocalDateTime bound, Pageable pageable);

    @Query(value = """
            select s.* from counselling_sessions s join counselling_participants p on p.session_id = s.id
            where p.resident_id = :id and p.starts_at < :to and p.starts_at >= :bound and p.ends_at > :from
            order by s.starts_at""", nativeQuery = true)
    List<Session> ofResident(@Param("id") long id, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                             @Param("bound") LocalDateTime bound);

    @Query(value = """
            select s.* from counselling_sessions s join counselling_participants p on p.session_id = s.id
            where p.resident_id = :id order by s.starts_at desc""", nativeQuery = true)
    List<Session> historyOfResident(@Param("id") long id, Pageable pageable);

    List<Session> findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(long seriesId, LocalDateTime from);

    @Query("""
            select s from Session s where s.homeId in :homes and s.attendance is null and s.endsAt < :before
            order by s.startsAt""")
    List<Session> withoutAttendance(@Param("homes") Collection<Long> homes, @Param("before") LocalDateTime before,
                                    Pageable pageable);

    @Query("""
            select s from Session s where s.attendance is null and s.endsAt < :before order by s.startsAt""")
    List<Session> withoutAttendanceEverywhere(@Param("before") LocalDateTime before, Pageable pageable);

    @Query("select distinct s.counsellorId, s.counsellorName from Session s where s.homeId in :homes")
    List<Object[]> counsellorsOf(@Param("homes") Collection<Long> homes);

    @Query(value = """
            select p.resident_id, max(p.starts_at) from counselling_participants p
            join counselling_sessions s on s.id = p.session_id
            where p.resident_id in (:ids) and p.starts_at <= :now and (s.attendance is null or s.attendance = 'ATTENDED')
            group by p.resident_id""", nativeQuery = true)
    List<Object[]> lastSessions(@Param("ids") Collection<Long> residentIds, @Param("now") LocalDateTime now);

    /** Her sessions from {@code from} on whose attendance is not recorded: what a transfer or an exit cancels. */
    @Query(value = """
            select s.* from counselling_sessions s join counselling_participants p on p.session_id = s.id
            where p.resident_id = :id and p.starts_at >= :from and s.attendance is null order by s.starts_at""",
            nativeQuery = true)
    List<Session> openOfResidentFrom(@Param("id") long residentId, @Param("from") LocalDateTime from);
}

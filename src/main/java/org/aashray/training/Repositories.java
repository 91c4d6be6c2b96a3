package org.aashray.training;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findByActiveTrueOrderByName();

    List<Course> findAllByOrderByName(Pageable pageable);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}

interface TrainingSettingsRepository extends JpaRepository<TrainingSettings, Long> {
}

interface BatchRepository extends JpaRepository<Batch, Long> {

    /** Locks the batch row (SELECT ... FOR UPDATE) so concurrent enrolments count seats one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Batch b where b.id = :id")
    Optional<Batch> lockById(@Param("id") long id);

    String SUMMARY = """
            select new org.aashray.training.BatchSummary(b.id, b.homeId, b.courseId, c.name, b.provider, b.venue,
                b.startDate, b.endDate, b.daysOfWeek, b.startTime, b.endTime, b.capacity, b.fee, b.feePayer, b.status,
                b.completedOn,
                (select count(e) from Enrolment e where e.batchId = b.id and e.status in :seated),
                (select count(w) from Enrolment w where w.batchId = b.id and w.status = :waiting), b.version)
            from Batch b, Course c where c.id = b.courseId""";

    @Query(SUMMARY + " and b.homeId in :homes")
    List<BatchSummary> summaries(@Param("homes") Collection<Long> homes, @Param("seated") Collection<EnrolmentStatus> seated,
                                 @Param("waiting") EnrolmentStatus waiting, Pageable pageable);

    @Query(SUMMARY + " and b.id = :id")
    Optional<BatchSummary> summary(@Param("id") long id, @Param("seated") Collection<EnrolmentStatus> seated,
                                   @Param("waiting") EnrolmentStatus waiting);
}

interface BatchSessionRepository extends JpaRepository<BatchSession, Long> {

    List<BatchSession> findByBatchIdOrderByDate(long batchId);

    long countByBatchIdAndMarkedTrue(long batchId);

    @Modifying
    @Query("delete from BatchSession s where s.batchId = :batchId")
    void deleteByBatch(@Param("batchId") long batchId);

    /** Sessions of the resident's current batches (enrolled, waitlisted or finished) between two dates. */
    @Query("""
            select s from BatchSession s, Enrolment e where e.batchId = s.batchId and e.residentId = :residentId
            and e.status in :statuses and s.date between :from and :to order by s.date, s.startTime""")
    List<BatchSession> forResident(@Param("residentId") long residentId, @Param("statuses") Collection<EnrolmentStatus> statuses,
                                   @Param("from") LocalDate from, @Param("to") LocalDate to);
}

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    long countByBatchIdAndStatus(long batchId, EnrolmentStatus status);

    Optional<Enrolment> findFirstByBatchIdAndStatusOrderByIdAsc(long batchId, EnrolmentStatus status);

    Optional<Enrolment> findByBatchIdAndResidentId(long batchId, long residentId);

    List<Enrolment> findByBatchIdOrderByIdAsc(long batchId);

    List<Enrolment> findByBatchIdAndStatus(long batchId, EnrolmentStatus status);

    List<Enrolment> findByResidentIdAndStatusIn(long residentId, Collection<EnrolmentStatus> statuses);

    List<Enrolment> findByResidentIdOrderByIdDesc(long residentId);

    @Query("select e from Enrolment e where e.status = org.aashray.training.EnrolmentStatus.COMPLETED and e.homeId in :homes "
            + "and e.completedOn >= :since order by e.completedOn")
    List<Enrolment> completedSince(@Param("homes") Collection<Long> homes, @Param("since") LocalDate since);

    @Query("select e from Enrolment e where e.status = org.aashray.training.EnrolmentStatus.COMPLETED "
            + "and e.completedOn >= :since order by e.completedOn")
    List<Enrolment> completedSinceAnywhere(@Param("since") LocalDate since);
}

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.key.sessionId = :sessionId")
    List<Attendance> forSession(@Param("sessionId") long sessionId);

    /** Per enrolment: [enrolmentId, sessions present, sessions marked]. */
    @Query("""
            select a.key.enrolmentId, sum(case when a.present = true then 1 else 0 end), count(a) from Attendance a
            where a.key.enrolmentId in :ids group by a.key.enrolmentId""")
    List<Object[]> tally(@Param("ids") Collection<Long> enrolmentIds);
}

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByEnrolmentIdIn(Collection<Long> enrolmentIds);

    List<Outcome> findByResidentIdOrderByRecordedOnDescIdDesc(long residentId);
}

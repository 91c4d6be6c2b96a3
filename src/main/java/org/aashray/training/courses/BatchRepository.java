package org.aashray.training.courses;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BatchRepository extends JpaRepository<Batch, Long> {

    /** Locks the batch row (SELECT ... FOR UPDATE) so concurrent enrolments count seats one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Batch b where b.id = :id")
    Optional<Batch> lockById(@Param("id") long id);

    String SUMMARY = """
            select new org.aashray.training.courses.BatchSummary(b.id, b.homeId, b.courseId, c.name, b.provider, b.venue,
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

package org.aashray.training.courses;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BatchSessionRepository extends JpaRepository<BatchSession, Long> {

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
